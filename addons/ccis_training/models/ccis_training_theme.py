from odoo import api, fields, models


class CcisTrainingTheme(models.Model):
    _name = 'ccis.training.theme'
    _description = 'Training Theme'
    _order = 'sequence, name'

    sequence = fields.Integer(string='Sequence', default=10)
    name = fields.Char(string='Theme', required=True, translate=True, index=True)
    name_ar = fields.Char(string='Theme (Arabic)')
    code = fields.Char(string='Code', index=True)
    description = fields.Text(string='Description')
    active = fields.Boolean(string='Active', default=True)
    session_count = fields.Integer(string='Sessions', compute='_compute_figures')
    participant_count = fields.Integer(string='Participants Present',
                                       compute='_compute_figures')
    satisfaction = fields.Float(string='Satisfaction (out of 5)', compute='_compute_figures')

    _sql_constraints = [
        ('code_uniq', 'unique(code)', 'The code of a training theme must be unique.'),
    ]

    def _compute_figures(self):
        """Sessions held, participants present and mean satisfaction per theme: grouped
        queries, whatever the number of themes."""
        Event = self.env['event.event']
        Registration = self.env['event.registration']
        sessions = {g['ccis_theme_id'][0]: g['ccis_theme_id_count'] for g in Event.read_group(
            [('ccis_theme_id', 'in', self.ids), ('state', '!=', 'cancel')],
            ['ccis_theme_id'], ['ccis_theme_id'])}
        present = Registration.read_group(
            [('ccis_theme_id', 'in', self.ids), ('ccis_attendance', '=', 'present')],
            ['ccis_theme_id'], ['ccis_theme_id'])
        participants = {g['ccis_theme_id'][0]: g['ccis_theme_id_count'] for g in present}
        scored = Registration.read_group(
            [('ccis_theme_id', 'in', self.ids), ('ccis_attendance', '=', 'present'),
             ('ccis_satisfaction', '>', 0)],
            ['ccis_theme_id', 'ccis_satisfaction'], ['ccis_theme_id'])
        scores = {g['ccis_theme_id'][0]: g['ccis_satisfaction'] for g in scored}
        for theme in self:
            theme.session_count = sessions.get(theme.id, 0)
            theme.participant_count = participants.get(theme.id, 0)
            theme.satisfaction = scores.get(theme.id, 0.0)

    @api.multi
    def name_get(self):
        return [(theme.id, '[%s] %s' % (theme.code, theme.name) if theme.code else theme.name)
                for theme in self]
