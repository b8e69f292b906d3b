/**
 * natural ships one index.d.ts for its whole tree; importing that entry point loads WordNet,
 * the Brill tagger and dotenv (about 1.8 s here), which breaks the "model loads in < 1 s" target
 * of issue 3. We import the few CommonJS modules we use directly and type them here.
 */
declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const stemmer: { stem(token: string): string };
  export default stemmer;
}
declare module 'natural/lib/natural/stemmers/porter_stemmer_pt.js' {
  const stemmer: { stem(token: string): string };
  export default stemmer;
}
declare module 'natural/lib/natural/stemmers/porter_stemmer_fr.js' {
  const stemmer: { stem(token: string): string };
  export default stemmer;
}
