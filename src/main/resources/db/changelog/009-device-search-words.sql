--liquibase formatted sql

--changeset deviceward:009-device-search-words
-- The text search per practice. ft_device_search indexed every practice's words together, so a
-- search for a word found its devices in all practices (~3,000 rows for a word in 0.3 % of 1,000,000
-- devices), and every one of them was read to keep the ~300 of the searched practice.
-- search_words is search_text with each word the full-text index takes (3 to 84 characters, not one
-- of InnoDB's default stopwords) prefixed by the first 6 hex digits of the practice id, and cut to
-- 84 characters with it: "euronda" becomes "732e20euronda", so "+732e20euronda*" finds the words of
-- that practice only. Words the index skips stay as they are, so it still skips them. The search
-- keeps its "practice_id = ?" (two practices may share the 6 digits); LIKE fragments keep search_text.
alter table device
    add column search_words text as (regexp_replace(search_text,
        '(?<![\\p{L}\\p{N}_])(?!(?:about|are|com|for|from|how|that|the|this|was|what|when|where|who|will|with|und|www)(?![\\p{L}\\p{N}_]))([\\p{L}\\p{N}_]{3,78})[\\p{L}\\p{N}_]{0,6}(?![\\p{L}\\p{N}_])',
        concat(left(practice_id, 6), '\\1'))) stored,
    drop index ft_device_search,
    add fulltext index ft_device_search_words (search_words);
