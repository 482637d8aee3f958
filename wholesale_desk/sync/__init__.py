"""Sync with 1C: pull into the local store, push the outbox, conflicts, one engine for the GUI.

The public surface (everything else is internal):
- `engine.SyncEngine(store, settings=None, password=None)`: `.run(progress, cancelled)` →
  `SyncResult` (status ok/failed/cancelled/busy, figures per object, errors as `Text`);
  `.status()` → `SyncStatus` (last sync, pending changes, rejected, conflicts, credentials
  refused, snapshot "as of" times); `.set_password()`; `.check_connection()`.
- `outbox.enqueue(session, entity, ref_key, operation, payload, base_data_version)`: services
  call it in the transaction that writes the domain row; `outbox.release`, `outbox.retry`,
  `outbox.pending_count`.
- `conflicts.open_conflicts(session, bound)`, `conflicts.keep_mine(session, id)`,
  `conflicts.take_theirs(session, id)`.
"""
