"""loyalty points spent per order line

1C keeps the points an order spends per goods line (Товары.СуммаБонусныхБалловКСписанию); the
store does too, so the bonus balance derives from synced orders on every laptop alike.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("order_lines") as batch:
        batch.add_column(
            sa.Column("bonus_redeemed", sa.BigInteger(), nullable=False, server_default="0")
        )
    # Orders typed here before this revision kept their points on the header only: put them
    # on each order's last line, so the derived balance stays the same after the upgrade.
    op.execute(
        """
        UPDATE order_lines SET bonus_redeemed = (
            SELECT o.bonus_redeemed FROM orders o WHERE o.id = order_lines.order_id)
        WHERE line_no = (SELECT MAX(l2.line_no) FROM order_lines l2
                          WHERE l2.order_id = order_lines.order_id)
        """
    )


def downgrade() -> None:
    with op.batch_alter_table("order_lines") as batch:
        batch.drop_column("bonus_redeemed")
