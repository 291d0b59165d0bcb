fn main() {
    let t = std::fs::read_to_string(std::env::args().nth(1).unwrap()).unwrap();
    let toks = newslens::text::tokenize(&t);
    let m = newslens::entities::embedded_model().unwrap();
    for (a, b, l) in newslens::entities::tag_tokens(m, &t, &toks) {
        println!("{:?} {}", l, &t[toks[a].span.start..toks[b - 1].span.end]);
    }
}
