from odoo import api, fields, models


class CcisExternalBody(models.Model):
    """An external body on which the chamber holds seats (board of a public body,
    provincial or regional committee, professional body)."""
    _name = 'ccis.external.body'
    _inherit = ['mail.thread']
    _description = 'External Body'
    _order = 'name'

    name = fields.Char('Name', required=True, translate=True, track_visibility='onchange')
    kind = fields.Selection([
        ('public_board', 'Board of Directors of a Public Institution'),
        ('provincial_committee', 'Provincial or Prefectural Commission'),
        ('regional_committee', 'Regional Commission'),
        ('national_body', 'National Body'),
        ('professional_body', 'Professional Body'),
        ('other', 'Other'),
    ], 'Type', required=True, default='public_board', index=True)
    partner_id = fields.Many2one('res.partner', 'Contact Details')
    province_id = fields.Many2one('ccis.province', 'Province or Prefecture', index=True)
    seat_count = fields.Integer(
        'Chamber Seats', default=1,
        help='Number of seats allocated to the chamber in this body.')
    representation_ids = fields.One2many(
        'ccis.representation', 'external_body_id', 'Representatives')
    filled_seat_count = fields.Integer('Filled Seats', compute='_compute_filled_seats')
    active = fields.Boolean('Active', default=True)
    note = fields.Text('Notes')

    @api.depends('representation_ids.is_current', 'representation_ids.role')
    def _compute_filled_seats(self):
        for body in self:
            body.filled_seat_count = len(body.representation_ids.filtered(
                lambda r: r.is_current and r.role == 'titular'))
