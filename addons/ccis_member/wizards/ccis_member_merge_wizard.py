"""Merge possible duplicate members.

Odoo 11 keeps its partner merge wizard (base.partner.merge.automatic.wizard) in the
``crm`` addon; depending on ``crm`` for it would bring the whole CRM application into the
chamber's suite. This smaller wizard does what that one does for members: it moves every
many2one pointing to the merged partners (SQL foreign keys), the generic references
(messages, attachments, followers, activities, reference fields), fills the destination's
empty fields from the merged records, then deletes them and notes it in the chatter.

Merging deletes members: only users who may delete them (access rights and record rules,
checked as the user) merge, and the kept member's chatter names the merged ones with their
identifiers.
"""
import logging

import psycopg2

from odoo import _, api, fields, models
from odoo.exceptions import AccessError, UserError
from odoo.tools import html_escape, mute_logger

_logger = logging.getLogger(__name__)


class CcisMemberMergeWizard(models.TransientModel):
    _name = 'ccis.member.merge.wizard'
    _description = 'Member Merge'

    partner_ids = fields.Many2many(
        'res.partner', string='Members to Merge', required=True)
    dst_partner_id = fields.Many2one(
        'res.partner', string='Member to Keep', required=True)

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

    def _check_merge_rights(self, src, dst):
        """Merging deletes ``src``: it belongs to the users who may delete those members
        (access rights and record rules), read them and modify ``dst``."""
        Partner = self.env['res.partner']
        names = ", ".join('« %s »' % p.name for p in src)
        if not Partner.check_access_rights('unlink', raise_exception=False):
            raise AccessError(_(
                'Merge refused: merging deletes the records %s, and '
                'your role does not allow deleting members.') % names)
        for operation, records, message in (
                ('read', src, _('Merge refused: you cannot view %s.')),
                ('unlink', src, _('Merge refused: you cannot delete %s.')),
                ('write', dst, _('Merge refused: you cannot modify %s.'))):
            refused = Partner.browse(Partner._ccis_refused_ids(records.ids, operation))
            if refused:
                raise AccessError(message % ", ".join('« %s »' % p.name for p in refused))
        if not Partner.check_access_rights('write', raise_exception=False):
            raise AccessError(_('Merge refused: you cannot modify %s.')
                              % ('« %s »' % dst.name))

    def _describe(self, partner):
        """One merged member, with what identifies it, for the trace."""
        parts = [_('id %s') % partner.id]
        for label, value in ((_('ICE'), partner.ccis_ice),
                             (_('RC'), partner.ccis_rc and '%s (%s)' % (
                                 partner.ccis_rc, partner.ccis_court_id.name or '-')),
                             (_('IF'), partner.ccis_if), (_('CNSS'), partner.ccis_cnss),
                             (_('Province'), partner.ccis_province_id.name),
                             (_('Standing'), dict(partner._fields['ccis_state']._description_selection(
                                 partner.env)).get(partner.ccis_state))):
            if value:
                parts.append('%s %s' % (label, value))
        return '%s (%s)' % (partner.name, ', '.join(parts))

    @api.multi
    def action_merge(self):
        self.ensure_one()
        dst = self.dst_partner_id
        partners = self.partner_ids | dst
        src = partners - dst
        if not src:
            raise UserError(_('Choose at least two members to merge.'))
        family = self.env['res.partner'].search([('id', 'child_of', partners.ids)]) - partners
        if family & partners or any(p.parent_id in partners for p in partners):
            raise UserError(_('A contact cannot be merged with its company.'))
        self._check_merge_rights(src, dst)
        merged = [self._describe(partner) for partner in src]
        src_ids = src.ids
        # the user may delete src and modify dst (checked above): moving what points to the
        # merged members (their invoices, registrations, messages... including records the
        # user cannot edit) is part of the merge, done as superuser
        src_sudo, dst_sudo = src.sudo(), dst.sudo()
        self._fill_values(src_sudo, dst_sudo)
        self._update_foreign_keys(src_sudo, dst_sudo)
        self._update_reference_fields(src_sudo, dst_sudo)
        self.env['res.partner'].invalidate_cache()
        src.unlink()
        body = '<p>%s</p><ul>%s</ul>' % (
            html_escape(_('Merged by %s: the following records were '
                          'merged into this one, then deleted.') % self.env.user.name),
            ''.join('<li>%s</li>' % html_escape(line) for line in merged))
        dst.message_post(body=body, subtype='mail.mt_note')
        _logger.info('uid %s merged partners %s into %s: %s', self.env.uid, src_ids, dst.id,
                     '; '.join(merged))
        return {
            'type': 'ir.actions.act_window',
            'res_model': 'res.partner',
            'res_id': dst.id,
            'view_mode': 'form',
            'views': [(self.env.ref('ccis_member.res_partner_view_form_member').id, 'form')],
            'target': 'current',
        }
