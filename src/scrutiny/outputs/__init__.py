"""What leaves the store for people and other programs: exports, the Panel report, reminders, feeds,
and the listing rows as plain data. Beside cli/ and web/, which both call it; it reads the store
(through `store.visibility`'s rule) and never imports either of them."""
