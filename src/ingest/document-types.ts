/**
 * The shapes of the data as it moves from files to chunks.
 */

/** Metadata shown with every citation. */
export interface DocumentMetadata {
  /** File name without extension, e.g. `001_107dfff3603230d6`. */
  docId: string;
  title: string;
  /** ISO date (YYYY-MM-DD) when the text states one. */
  date: string | null;
  /** Publisher when the text states one. */
  source: string | null;
}

/** A source file as read from disk, with its cleaned article text. */
export interface SourceDocument extends DocumentMetadata {
  /** Path of the file it was read from. */
  path: string;
  /** The file's full text, exactly as on disk (offsets point into this). */
  fileText: string;
  /**
   * The article with boilerplate removed: `paragraphs` joined by blank lines,
   * so `toFileOffset(paragraphs, i)` maps `cleanText[i]` back into `fileText`.
   */
  cleanText: string;
  /** The kept paragraphs as spans of `fileText`. */
  paragraphs: Span[];
  /** Lines stating the date or publisher, as spans of `fileText`. */
  metadata: Span[];
  /** For converted formats (HTML, PDF, DOCX): `fileText` is the extracted canonical text. */
  format?: 'text' | 'markdown' | 'html' | 'pdf' | 'docx';
  /** PDFs: offset in `fileText` where each page starts (page n at index n-1). */
  pageStarts?: number[];
}

/** A retrievable piece of one document. */
export interface Chunk extends DocumentMetadata {
  chunkId: string;
  /** `metadata` chunks hold a document's date and publisher lines. */
  kind: 'body' | 'metadata';
  /** The chunk's article text (cleaned). */
  text: string;
  /** What search indexes instead of `title. text`, when set (metadata chunks). */
  searchText?: string;
  /** Offsets of the chunk in the original file text. */
  start: number;
  end: number;
  /**
   * The chunk's sentences as offsets into the original file text:
   * `fileText.slice(s.start, s.end)` is a verbatim, quotable sentence.
   */
  sentences: Span[];
}

/** A half-open `[start, end)` range of the original file text. */
export interface Span {
  start: number;
  end: number;
}

/** A chunk returned by retrieval, best first. */
export interface RetrievedPassage {
  chunk: Chunk;
  /** Fused relevance score, higher is better. */
  score: number;
}

/** Restricts retrieval to part of the corpus; every given field must hold (AND). */
export interface CorpusFilters {
  /** Only these documents. */
  docIds?: string[];
  /** Only documents whose publisher (`source`) is one of these (exact match). */
  sources?: string[];
  /** Only documents dated on or after this ISO date (YYYY-MM-DD); undated documents are excluded. */
  dateFrom?: string;
  /** Only documents dated on or before this ISO date (YYYY-MM-DD); undated documents are excluded. */
  dateTo?: string;
}

export interface RetrieveOptions {
  query: string;
  k?: number;
  filters?: CorpusFilters;
}

/** Hybrid search over the index. */
export interface Retriever {
  retrieve(options: RetrieveOptions): Promise<RetrievedPassage[]>;
}
