"""mail outbox: e-mails waiting for the mail server

Documents sent by e-mail while offline wait here with their attachment until the SMTP server
accepts them; `status` follows the exactly-once protocol of `wholesale_desk.services.mail_outbox`.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26 16:20:44.343792
"""
from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('mail_outbox',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('client_id', sa.String(), nullable=True),
    sa.Column('interaction_id', sa.String(), nullable=True),
    sa.Column('recipients', sa.String(), nullable=False),
    sa.Column('subject', sa.String(), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('attachment_name', sa.String(), nullable=False),
    sa.Column('attachment', sa.LargeBinary(), nullable=True),
    sa.Column('message_id', sa.String(), nullable=False),
    sa.Column('status', sa.String(), nullable=False),
    sa.Column('claimed_by', sa.String(), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('last_attempt_at', sa.DateTime(), nullable=True),
    sa.Column('last_error', sa.Text(), nullable=False),
    sa.Column('sent_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mail_outbox'))
    )
    with op.batch_alter_table('mail_outbox', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mail_outbox_client_id'), ['client_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_mail_outbox_status'), ['status'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('mail_outbox', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mail_outbox_status'))
        batch_op.drop_index(batch_op.f('ix_mail_outbox_client_id'))

    op.drop_table('mail_outbox')
