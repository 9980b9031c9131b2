{#-
    Generic test of lineage: every row's quote is exactly the characters [char_start, char_end) of
    its document's original text (0-based, end exclusive, as Python slices index the decoded
    text). Returns the offending rows. Character-based on both databases (substr counts
    characters, not bytes, in DuckDB and in a UTF8 PostgreSQL database).

    A span inside its paragraph is compared with the paragraph's text (the loader checks that a
    paragraph is its span of the document): finding a character position costs its distance from
    the start of the string, so comparing with the whole document would cost the document's
    length per row, and a long document's length squared. Spans across a paragraph break are
    compared with the document; only they are joined with its text.

    Only the rows of the documents this build loads anew are checked (int_changes__documents:
    every document on a full refresh, so always on PostgreSQL): the loader writes a document's
    rows once, under its load_id, so the rows of an unchanged document are those an earlier
    build checked. At 10,000 documents this is most of the time of the staging tests.
-#}
{% test quote_matches_document_span(model, documents, paragraphs) %}
    with

    spans as (

        select
            m.doc_id,
            m.paragraph_id,
            m.char_start,
            m.char_end,
            m.quote,
            p.paragraph_id is not null as in_paragraph,
            substr(p.paragraph_text, m.char_start - p.char_start + 1, m.char_end - m.char_start) as paragraph_slice
        from {{ model }} as m
        left join {{ paragraphs }} as p
            on p.paragraph_id = m.paragraph_id
            and p.doc_id = m.doc_id
            and m.char_start >= p.char_start
            and m.char_end <= p.char_end
        where m.doc_id in {{ changed_documents() }}

    ),

    known_documents as (

        select doc_id from {{ documents }}

    ),

    -- Only the spans outside a paragraph meet their document's text: joining every row with its
    -- document would copy the whole text into each row (gigabytes for a thousand documents).
    document_slices as (

        select distinct
            s.doc_id,
            s.char_start,
            s.char_end,
            s.char_end <= length(d.original_text) as within_document,
            substr(d.original_text, s.char_start + 1, s.char_end - s.char_start) as document_slice
        from spans as s
        inner join {{ documents }} as d
            on d.doc_id = s.doc_id
        where not s.in_paragraph

    )

    select
        s.doc_id,
        s.paragraph_id,
        s.char_start,
        s.char_end,
        s.quote
    from spans as s
    left join known_documents as k
        on k.doc_id = s.doc_id
    left join document_slices as ds
        on ds.doc_id = s.doc_id
        and ds.char_start = s.char_start
        and ds.char_end = s.char_end
    where k.doc_id is null
        or s.char_start < 0
        or s.char_end <= s.char_start
        or case
            when s.in_paragraph then s.paragraph_slice <> s.quote
            else not coalesce(ds.within_document, false) or ds.document_slice <> s.quote
        end
{% endtest %}

{#-
    Generic test: the span lies inside the row's paragraph, and that paragraph belongs to the
    row's document. (Used at severity warn: a quote may legitimately run across a paragraph break.)
    Checks the rows of the documents this build loads anew, as quote_matches_document_span.
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
    where m.doc_id in {{ changed_documents() }}
        and (
            p.paragraph_id is null
            or p.doc_id <> m.doc_id
            or m.char_start < p.char_start
            or m.char_end > p.char_end
        )
{% endtest %}
