-- Reference data every werkplaats shares, present without the demo data: the four national themes of the
-- Werkplaatsen Sociaal Domein (the other shared vocabularies, conditions, levels, domains and organisation kinds,
-- are enums of the schema). Idempotent: a database that has a theme (the demo seed made them before) keeps it.
INSERT INTO "NationalTheme" ("id", "slug", "name") VALUES
    (gen_random_uuid(), 'lerende-praktijken', 'Lerende praktijken'),
    (gen_random_uuid(), 'armoede', 'Armoede'),
    (gen_random_uuid(), 'sociale-basis', 'Sociale basis'),
    (gen_random_uuid(), 'ervaringsdeskundigheid', 'Ervaringsdeskundigheid')
ON CONFLICT ("slug") DO NOTHING;
