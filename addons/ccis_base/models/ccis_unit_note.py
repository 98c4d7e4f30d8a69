from odoo import _, api, fields, models
from odoo.exceptions import UserError


class CcisUnitNote(models.Model):
    """A unit's internal memo ("note de service"), the reference model of the unit rules."""
    _name = 'ccis.unit.note'
    _description = 'Service Note'
    _inherit = ['mail.thread', 'mail.activity.mixin', 'ccis.unit.mixin']
    _order = 'date desc, id desc'

    name = fields.Char(string='Subject', required=True, track_visibility='onchange')
    reference = fields.Char(string='Reference', readonly=True, copy=False, index=True,
                            default='/')
    date = fields.Date(string='Date', required=True, default=fields.Date.context_today,
                       index=True, track_visibility='onchange')
    author_id = fields.Many2one('res.users', string='Author', required=True,
                                default=lambda self: self.env.user, index=True)
    recipient_unit_ids = fields.Many2many(
        'hr.department', 'ccis_unit_note_recipient_rel', 'note_id', 'unit_id',
        string='Recipient Units',
        help='Once published, the note is read by the staff of these units and of their sub-units.')
    body = fields.Html(string='Content')
    state = fields.Selection(
        [('draft', 'Draft'), ('published', 'Published'), ('cancelled', 'Cancelled')],
        string='State', required=True, default='draft', readonly=True, copy=False,
        index=True, track_visibility='onchange')

    @api.model
    def create(self, vals):
        if vals.get('reference', '/') == '/':
            vals['reference'] = self.env['ir.sequence'].next_by_code('ccis.unit.note') or '/'
        return super(CcisUnitNote, self).create(vals)

    @api.multi
    def unlink(self):
        for note in self:
            if note.state != 'draft':
                raise UserError(_(
                    'Service note "%s": only a draft note can be deleted (current state: %s).')
                    % (note.name, dict(self._fields['state']._description_selection(self.env))[note.state]))
        return super(CcisUnitNote, self).unlink()

    @api.multi
    def action_publish(self):
        for note in self:
            if note.state != 'draft':
                raise UserError(_(
                    'Service note "%s": only a draft note can be published.') % note.name)
            if not note.unit_id:
                raise UserError(_(
                    'Service note "%s": the issuing unit is required for publication.') % note.name)
        self.write({'state': 'published'})
        return True

    @api.multi
    def action_cancel(self):
        self.write({'state': 'cancelled'})
        return True

    @api.multi
    def action_draft(self):
        self.write({'state': 'draft'})
        return True
