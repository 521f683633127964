-- Reactions are rich text now (sanitised as a lesson's body). Every stored plain text becomes the HTML that
-- textToHtml (apps/api/src/common/text/sanitize.ts) makes of it: &, <, > and " escaped, a paragraph per blank
-- line, a single line break as <br>. The placeholder of a deleted reaction (empty) stays empty.
UPDATE "Reaction" SET "body" =
  '<p>' || regexp_replace(
    regexp_replace(
      replace(replace(replace(replace(
        btrim(replace(replace("body", E'\r\n', E'\n'), E'\r', E'\n'), E' \t\n'),
        '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'),
      E'\n[ \t]*\n[ \t\n]*', '</p><p>', 'g'),
    E'\n', '<br>', 'g') || '</p>'
WHERE btrim("body", E' \t\r\n') <> '';

UPDATE "ReactionRevision" SET "body" =
  '<p>' || regexp_replace(
    regexp_replace(
      replace(replace(replace(replace(
        btrim(replace(replace("body", E'\r\n', E'\n'), E'\r', E'\n'), E' \t\n'),
        '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'),
      E'\n[ \t]*\n[ \t\n]*', '</p><p>', 'g'),
    E'\n', '<br>', 'g') || '</p>'
WHERE btrim("body", E' \t\r\n') <> '';
