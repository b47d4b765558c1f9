// Replaced by 015's search_text_ec, and dropped first: CREATE … IF NOT EXISTS does nothing while
// an index on the same labels and property exists, whatever its name.
DROP INDEX search_text IF EXISTS
