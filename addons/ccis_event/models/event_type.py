from odoo import fields, models

EVENT_KINDS = [
    ('b2b', 'Rencontre B2B'),
    ('fair', 'Salon ou exposition'),
    ('seminar', 'Séminaire ou conférence'),
    ('info_day', "Journée d'information"),
    ('training', 'Session de formation'),
    ('mission', "Mission d'affaires à l'étranger"),
]


class EventType(models.Model):
    _inherit = 'event.type'

    ccis_kind = fields.Selection(
        EVENT_KINDS, string="Nature (chambre)", index=True,
        help="Nature de l'événement pour la chambre : elle active les onglets propres "
             "(formation, rendez-vous B2B, mission) et sert aux indicateurs.")
    ccis_name_ar = fields.Char(string='Libellé (arabe)')
