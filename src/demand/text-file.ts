// A small side file already read: alias, vocabulary, taxonomy or occupation-map file.

export interface TextFile {
  /** How messages name it: the path as the user gave it. */
  name: string;
  text: string;
}
