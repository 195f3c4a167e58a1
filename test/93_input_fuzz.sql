-- A bounded random-input test of the ims.isoref input function: 20,000
-- strings (random characters over digits, dots, letters, white space and a
-- few others; random near-valid numbers; one-character mutations of valid
-- numbers), generated from a fixed seed so that every run sees the same
-- strings.  Each string either
--   * parses, prints in its canonical form, and the printed form parses back
--     to the same value, or
--   * is refused with SQLSTATE 22P02 (invalid_text_representation),
-- never another error.  A reference parser written from docs/isoref.md
-- ("Accepted form") decides which strings are valid; the C input function
-- must agree with it on every string.
BEGIN;
SELECT plan(8);

-- The documented grammar: optional white space, [letter "."] number
-- ["." number]... (1 to 7 numbers, each 0 to 254 without a leading zero),
-- optional white space.  Returns the canonical text, or NULL when invalid.
CREATE FUNCTION pg_temp.reference_isoref(s text) RETURNS text
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    t text := btrim(s, E' \t\n\r\f' || chr(11));
    parts text[];
    p text;
BEGIN
    IF t !~ '^([A-Za-z]\.)?(0|[1-9][0-9]*)(\.(0|[1-9][0-9]*))*$' THEN
        RETURN NULL;
    END IF;
    parts := string_to_array(regexp_replace(t, '^[A-Za-z]\.', ''), '.');
    IF cardinality(parts) > 7 THEN
        RETURN NULL;
    END IF;
    FOREACH p IN ARRAY parts LOOP
        IF length(p) > 3 THEN
            RETURN NULL;
        ELSIF p::int > 254 THEN
            RETURN NULL;
        END IF;
    END LOOP;
    RETURN upper(left(t, 1)) || substr(t, 2);
END $$;

-- One random string; the seed is set once below.
CREATE FUNCTION pg_temp.random_string() RETURNS text
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    alphabet text[] := ARRAY['0','1','2','3','4','5','6','7','8','9','0','1','2','5','.','.','.','.',
                             'A','a','Z','z','B','x','é','ß',' ',' ',E'\t',E'\n','-','+',',',';','_','/',
                             '''','"','\','%','*',E'\u00a0','٣'];
    numbers text[] := ARRAY['0','1','4','9','10','25','99','100','199','254','255','256','300','999',
                            '1000','00','01','08','007','4294967296','18446744073709551616',
                            '99999999999999999999','-1','+4',''];
    valid text[] := ARRAY['4','6.1.2','8.5.1.3','A.5','A.12.1.2','5.1','8.34','0','0.1','254',
                          '1.2.3.4.5.6.7','Z.254.0','b.1','10.2.254.0.1'];
    mode double precision := random();
    r text := '';
    n int;
    pos int;
BEGIN
    IF mode < 0.4 THEN
        -- random characters, 0 to 16 of them
        FOR i IN 1 .. floor(random() * 17)::int LOOP
            r := r || alphabet[1 + floor(random() * cardinality(alphabet))::int];
        END LOOP;
    ELSIF mode < 0.8 THEN
        -- a number-like string: optional letter, 1 to 9 levels, stray dots and blanks
        IF random() < 0.3 THEN
            r := (ARRAY['A.','a.','Z.','z.','AB.','A','é.','1.','.'])[1 + floor(random() * 9)::int];
        END IF;
        n := 1 + floor(random() * 9)::int;
        FOR i IN 1 .. n LOOP
            IF i > 1 THEN
                r := r || (CASE WHEN random() < 0.95 THEN '.' ELSE (ARRAY['..',' .','. ',','])[1 + floor(random() * 4)::int] END);
            END IF;
            r := r || CASE WHEN random() < 0.7 THEN (floor(random() * 255))::int::text
                           ELSE numbers[1 + floor(random() * cardinality(numbers))::int] END;
        END LOOP;
        IF random() < 0.1 THEN r := r || '.'; END IF;
        IF random() < 0.2 THEN r := (ARRAY[' ',E'\t',E'\n  ',E'\r'])[1 + floor(random() * 4)::int] || r; END IF;
        IF random() < 0.2 THEN r := r || (ARRAY[' ',E'\t',E'  \n',E'\f'])[1 + floor(random() * 4)::int]; END IF;
    ELSE
        -- a valid number with one character inserted, deleted or replaced
        r := valid[1 + floor(random() * cardinality(valid))::int];
        pos := 1 + floor(random() * (length(r) + 1))::int;
        CASE floor(random() * 3)::int
            WHEN 0 THEN r := overlay(r PLACING alphabet[1 + floor(random() * cardinality(alphabet))::int] FROM pos FOR 0);
            WHEN 1 THEN r := overlay(r PLACING '' FROM least(pos, greatest(length(r), 1)) FOR 1);
            ELSE r := overlay(r PLACING alphabet[1 + floor(random() * cardinality(alphabet))::int]
                              FROM least(pos, greatest(length(r), 1)) FOR 1);
        END CASE;
    END IF;
    RETURN r;
END $$;

CREATE TEMP TABLE fuzz_result (
    n          int PRIMARY KEY,
    input      text NOT NULL,
    outcome    text NOT NULL,      -- parsed, refused, or the SQLSTATE of another error
    output     text,               -- the printed form, when parsed
    roundtrip  boolean,            -- printed form parses back to the same value and prints the same
    message    text
);

DO $$
DECLARE
    s text;
    v ims.isoref;
    w ims.isoref;
BEGIN
    PERFORM setseed(0.27013);
    FOR i IN 1 .. 20000 LOOP
        s := pg_temp.random_string();
        BEGIN
            v := s::ims.isoref;
            w := v::text::ims.isoref;
            INSERT INTO fuzz_result VALUES (i, s, 'parsed', v::text, w = v AND w::text = v::text, NULL);
        EXCEPTION
            WHEN invalid_text_representation THEN
                INSERT INTO fuzz_result VALUES (i, s, 'refused', NULL, NULL, SQLERRM);
            WHEN OTHERS THEN
                INSERT INTO fuzz_result VALUES (i, s, SQLSTATE, NULL, NULL, SQLERRM);
        END;
    END LOOP;
END $$;

SELECT is((SELECT count(*) FROM fuzz_result)::int, 20000, '20,000 random strings were tried');
SELECT is((SELECT array_agg(format('%L: %s %s', input, outcome, message) ORDER BY n) FROM fuzz_result
           WHERE outcome NOT IN ('parsed', 'refused')),
          NULL, 'every string either parses or is refused with 22P02, never another error');
SELECT is((SELECT array_agg(format('%L -> %L', input, output) ORDER BY n) FROM fuzz_result
           WHERE outcome = 'parsed' AND roundtrip IS NOT TRUE),
          NULL, 'every parsed value prints a form that parses back to the same value and prints the same');
SELECT is((SELECT array_agg(format('%L: %s', input, outcome) ORDER BY n) FROM fuzz_result
           WHERE (outcome = 'parsed') <> (pg_temp.reference_isoref(input) IS NOT NULL)),
          NULL, 'the input function accepts exactly the strings the documented grammar accepts');
SELECT is((SELECT array_agg(format('%L -> %L, expected %L', input, output, pg_temp.reference_isoref(input)) ORDER BY n)
           FROM fuzz_result WHERE outcome = 'parsed' AND output IS DISTINCT FROM pg_temp.reference_isoref(input)),
          NULL, 'every parsed value prints in the canonical form (upper-case letter, no white space)');
SELECT is((SELECT array_agg(format('%L: %s', input, message) ORDER BY n) FROM fuzz_result
           WHERE outcome = 'refused' AND message NOT LIKE 'invalid input syntax for type isoref: %'),
          NULL, 'every refusal names the type and quotes the value');
SELECT cmp_ok((SELECT count(*) FROM fuzz_result WHERE outcome = 'parsed')::int, '>=', 2000,
              'the strings reach the accepting paths (at least 2,000 parsed)');
SELECT cmp_ok((SELECT count(*) FROM fuzz_result WHERE outcome = 'refused')::int, '>=', 2000,
              'and the refusing paths (at least 2,000 refused)');

SELECT * FROM finish();
ROLLBACK;
