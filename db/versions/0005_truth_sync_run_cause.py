"""why a sync run failed, in the user's terms

The sync log showed 1C's and the network's English text as a failed run's result; it now
says the cause in the UI's language (`wholesale_desk.sync.failure.Cause`), the English text
being kept as the details.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sync_runs") as batch:
        batch.add_column(sa.Column("cause", sa.String(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("sync_runs") as batch:
        batch.drop_column("cause")
