from odoo import api, fields, models


class CcisExternalBody(models.Model):
    """An external body on which the chamber holds seats (board of a public body,
    provincial or regional committee, professional body)."""
    _name = 'ccis.external.body'
    _inherit = ['mail.thread']
    _description = 'Organisme extérieur'
    _order = 'name'

    name = fields.Char('Nom', required=True, translate=True, track_visibility='onchange')
    kind = fields.Selection([
        ('public_board', "Conseil d'administration d'un établissement public"),
        ('provincial_committee', 'Commission provinciale ou préfectorale'),
        ('regional_committee', 'Commission régionale'),
        ('national_body', 'Instance nationale'),
        ('professional_body', 'Organisme professionnel'),
        ('other', 'Autre'),
    ], 'Type', required=True, default='public_board', index=True)
    partner_id = fields.Many2one('res.partner', 'Coordonnées')
    province_id = fields.Many2one('ccis.province', 'Province ou préfecture', index=True)
    seat_count = fields.Integer(
        'Sièges de la chambre', default=1,
        help="Nombre de sièges attribués à la chambre dans cet organisme.")
    representation_ids = fields.One2many(
        'ccis.representation', 'external_body_id', 'Représentants')
    filled_seat_count = fields.Integer('Sièges pourvus', compute='_compute_filled_seats')
    active = fields.Boolean('Actif', default=True)
    note = fields.Text('Notes')

    @api.depends('representation_ids.is_current', 'representation_ids.role')
    def _compute_filled_seats(self):
        for body in self:
            body.filled_seat_count = len(body.representation_ids.filtered(
                lambda r: r.is_current and r.role == 'titular'))
