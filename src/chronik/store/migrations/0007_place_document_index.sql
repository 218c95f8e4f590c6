-- Removing a document's contribution clears the places it gave to event reports and fused events
-- (`WHERE place_document = ?`): without an index each removal read both tables whole, so writing
-- every document of a build cost time quadratic in the knowledge base's size.
CREATE INDEX IF NOT EXISTS event_mentions_place_document ON event_mentions(place_document);
CREATE INDEX IF NOT EXISTS events_place_document ON events(place_document);
