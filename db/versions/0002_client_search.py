"""client search index (FTS5)

A full-text index over what a manager types to find a client: names, INN, phones, e-mails, city
and contact names. `unicode61` with `remove_diacritics 2` folds case for Cyrillic; "ё" is
stored as "е" (SQLite keeps it distinct), and queries fold it the same way. The index is kept by `wholesale_desk.services.search_index`; this migration builds it
for the clients already in the store.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        "CREATE VIRTUAL TABLE clients_fts USING fts5("
        "client_id UNINDEXED, body, tokenize = \"unicode61 remove_diacritics 2\")"
    )
    op.execute(
        """
        INSERT INTO clients_fts (client_id, body)
        SELECT c.id, replace(replace(
               c.name || ' ' || c.full_name || ' ' || c.phone || ' ' || c.email || ' ' || c.city
               || ' ' || coalesce((SELECT group_concat(l.inn || ' ' || l.name, ' ')
                                   FROM legal_entities l WHERE l.client_id = c.id), '')
               || ' ' || coalesce((SELECT group_concat(k.name || ' ' || k.phone || ' ' || k.email, ' ')
                                   FROM contacts k WHERE k.client_id = c.id), ''),
               'ё', 'е'), 'Ё', 'Е')
        FROM clients c
        """
    )


def downgrade() -> None:
    op.execute("DROP TABLE clients_fts")
