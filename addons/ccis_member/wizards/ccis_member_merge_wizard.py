"""Merge possible duplicate members.

Odoo 11 keeps its partner merge wizard (base.partner.merge.automatic.wizard) in the
``crm`` addon; depending on ``crm`` for it would bring the whole CRM application into the
chamber's suite. This smaller wizard does what that one does for members: it moves every
many2one pointing to the merged partners (SQL foreign keys), the generic references
(messages, attachments, followers, activities, reference fields), fills the destination's
empty fields from the merged records, then deletes them and notes it in the chatter.
"""
import logging

import psycopg2

from odoo import _, api, fields, models
from odoo.exceptions import UserError
from odoo.tools import mute_logger

_logger = logging.getLogger(__name__)


class CcisMemberMergeWizard(models.TransientModel):
    _name = 'ccis.member.merge.wizard'
    _description = 'Fusion de ressortissants'

    partner_ids = fields.Many2many(
        'res.partner', string='Ressortissants à fusionner', required=True)
    dst_partner_id = fields.Many2one(
        'res.partner', string='Ressortissant conservé', required=True)

    def _fk_columns(self):
        self._cr.execute("""
            SELECT cl1.relname, att1.attname
              FROM pg_constraint con
              JOIN pg_class cl1 ON con.conrelid = cl1.oid
              JOIN pg_class cl2 ON con.confrelid = cl2.oid
              JOIN pg_attribute att1 ON att1.attrelid = cl1.oid AND att1.attnum = con.conkey[1]
             WHERE con.contype = 'f' AND cl2.relname = 'res_partner'
               AND array_length(con.conkey, 1) = 1""")
        return self._cr.fetchall()

    def _update_foreign_keys(self, src, dst):
        for table, column in self._fk_columns():
            if table.startswith('ccis_member_merge_wizard'):
                continue
            try:
                with mute_logger('odoo.sql_db'), self._cr.savepoint():
                    self._cr.execute(
                        'UPDATE "%s" SET "%s" = %%s WHERE "%s" IN %%s' % (table, column, column),
                        (dst.id, tuple(src.ids)))
            except psycopg2.Error:
                # unique constraint (many2many rows already linked to dst): drop them
                self._cr.execute('DELETE FROM "%s" WHERE "%s" IN %%s' % (table, column),
                                 (tuple(src.ids),))

    def _update_reference_fields(self, src, dst):
        for model, field_model, field_id in (
                ('ir.attachment', 'res_model', 'res_id'),
                ('mail.followers', 'res_model', 'res_id'),
                ('mail.message', 'model', 'res_id'),
                ('mail.activity', 'res_model', 'res_id')):
            records = self.env[model].sudo().search(
                [(field_model, '=', 'res.partner'), (field_id, 'in', src.ids)])
            try:
                with mute_logger('odoo.sql_db'), self._cr.savepoint():
                    records.write({field_id: dst.id})
            except psycopg2.Error:
                records.unlink()
        for field in self.env['ir.model.fields'].sudo().search([('ttype', '=', 'reference')]):
            Model = self.env.get(field.model)
            if Model is None or field.name not in Model._fields or \
                    Model._fields[field.name].compute or not Model._auto:
                continue
            for partner in src:
                Model.sudo().search([(field.name, '=', 'res.partner,%d' % partner.id)]).write(
                    {field.name: 'res.partner,%d' % dst.id})

    def _fill_values(self, src, dst):
        """Copy to ``dst`` the values it lacks (plain stored fields only)."""
        values = {}
        for name, field in dst._fields.items():
            if field.type in ('one2many', 'many2many', 'binary') or field.compute or \
                    not field.store or field.related or name in (
                        'id', 'parent_id', 'ccis_state', 'ccis_state_date', 'active') or \
                    name in models.MAGIC_COLUMNS:
                continue
            if dst[name]:
                continue
            for partner in src:
                if partner[name]:
                    value = partner[name]
                    values[name] = value.id if isinstance(value, models.BaseModel) else value
                    break
        unique = {k: values.pop(k) for k in ('ccis_ice',) if k in values}
        if unique:
            # free the unique identifiers before giving them to dst
            src.write(dict.fromkeys(unique, False))
            values.update(unique)
        if values:
            dst.write(values)

    @api.multi
    def action_merge(self):
        self.ensure_one()
        dst = self.dst_partner_id
        partners = self.partner_ids | dst
        src = partners - dst
        if not src:
            raise UserError(_("Choisissez au moins deux ressortissants à fusionner."))
        family = self.env['res.partner'].search([('id', 'child_of', partners.ids)]) - partners
        if family & partners or any(p.parent_id in partners for p in partners):
            raise UserError(_("Impossible de fusionner un contact avec sa société."))
        # the user must be allowed to edit every merged member
        partners.check_access_rights('write')
        partners.check_access_rule('write')
        names = ", ".join('%s (ICE %s, id %s)' % (p.name, p.ccis_ice or '-', p.id) for p in src)
        src_sudo, dst_sudo = src.sudo(), dst.sudo()
        self._fill_values(src_sudo, dst_sudo)
        self._update_foreign_keys(src_sudo, dst_sudo)
        self._update_reference_fields(src_sudo, dst_sudo)
        self.env['res.partner'].invalidate_cache()
        src_sudo.unlink()
        dst.message_post(body=_("Fusionné avec : %s") % names, subtype='mail.mt_note')
        _logger.info('uid %s merged partners %s into %s', self.env.uid, src.ids, dst.id)
        return {
            'type': 'ir.actions.act_window',
            'res_model': 'res.partner',
            'res_id': dst.id,
            'view_mode': 'form',
            'views': [(self.env.ref('ccis_member.res_partner_view_form_member').id, 'form')],
            'target': 'current',
        }
