{#-
    Generic test of lineage: every row's quote is exactly the characters [char_start, char_end) of
    its document's original text (0-based, end exclusive, as Python slices index the decoded
    text). Returns the offending rows. Character-based on both databases (substr counts
    characters, not bytes, in DuckDB and in a UTF8 PostgreSQL database).

    A span inside its paragraph is compared with the paragraph's text (the loader checks that a
    paragraph is its span of the document): finding a character position costs its distance from
    the start of the string, so comparing with the whole document would cost the document's
    length per row, and a long document's length squared. Spans across a paragraph break are
    compared with the document.
-#}
{% test quote_matches_document_span(model, documents, paragraphs) %}
    select
        m.doc_id,
        m.paragraph_id,
        m.char_start,
        m.char_end,
        m.quote
    from {{ model }} as m
    left join {{ documents }} as d
        on d.doc_id = m.doc_id
    left join {{ paragraphs }} as p
        on p.paragraph_id = m.paragraph_id
        and p.doc_id = m.doc_id
        and m.char_start >= p.char_start
        and m.char_end <= p.char_end
    where d.doc_id is null
        or m.char_start < 0
        or m.char_end <= m.char_start
        or case
            when p.paragraph_id is not null
                then substr(p.paragraph_text, m.char_start - p.char_start + 1, m.char_end - m.char_start) <> m.quote
            else m.char_end > length(d.original_text)
                or substr(d.original_text, m.char_start + 1, m.char_end - m.char_start) <> m.quote
        end
{% endtest %}

{#-
    Generic test: the span lies inside the row's paragraph, and that paragraph belongs to the
    row's document. (Used at severity warn: a quote may legitimately run across a paragraph break.)
-#}
{% test span_within_paragraph(model, paragraphs) %}
    select
        m.doc_id,
        m.paragraph_id,
        m.char_start,
        m.char_end
    from {{ model }} as m
    left join {{ paragraphs }} as p
        on p.paragraph_id = m.paragraph_id
    where p.paragraph_id is null
        or p.doc_id <> m.doc_id
        or m.char_start < p.char_start
        or m.char_end > p.char_end
{% endtest %}
