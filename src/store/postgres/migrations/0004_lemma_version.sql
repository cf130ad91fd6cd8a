-- The `lemmatize` (LEMMA_VERSION) the chunks' lexical terms were made with: when it is not
-- the server's, the terms are made again from the chunks' text (NULL: made before it was kept).

ALTER TABLE corpus_settings ADD COLUMN IF NOT EXISTS lemma_version integer;
