from odoo import _, api, fields, models
from odoo.exceptions import ValidationError

from ..tools import rules

ORGAN_KINDS = [
    ('general_assembly', 'General Assembly'),
    ('bureau', 'Bureau'),
    ('committee_local', 'Local Standing Committee'),
    ('committee_regional', 'Regional Standing Committee'),
    ('committee_adhoc', 'Ad Hoc Committee'),
]
COMMITTEE_KINDS = ('committee_local', 'committee_regional', 'committee_adhoc')


class CcisOrgan(models.Model):
    """An organ of the chamber: general assembly, bureau or committee.

    The quorum, majority and tie rules are settings of the organ (law 38-12
    leaves them to the internal rules; law 18-09 sets them for handicraft
    chambers)."""
    _name = 'ccis.organ'
    _inherit = ['ccis.unit.mixin', 'mail.thread']
    _description = 'Chamber Organ'
    _order = 'sequence, name'

    name = fields.Char('Name', required=True, translate=True, track_visibility='onchange')
    code = fields.Char(
        'Code', required=True, size=12,
        help='Prefix for numbering decisions and minutes, e.g. "BUR".')
    sequence = fields.Integer('Sequence', default=10)
    active = fields.Boolean('Active', default=True)
    kind = fields.Selection(
        ORGAN_KINDS, 'Type', required=True, index=True, default='bureau',
        track_visibility='onchange')
    is_committee = fields.Boolean('Committee', compute='_compute_is_committee', store=True)
    followup_organ_id = fields.Many2one(
        'ccis.organ', 'Follow-up Organ',
        help="Organ that follows up this one's recommendations (e.g. the Bureau for committees).")
    member_ids = fields.One2many('ccis.organ.member', 'organ_id', 'Members')
    member_count = fields.Integer('Number of Members', compute='_compute_member_count')
    meeting_ids = fields.One2many('ccis.meeting', 'organ_id', 'Meetings')
    meeting_count = fields.Integer('Number of Meetings', compute='_compute_meeting_count')
    decision_count = fields.Integer('Number of Decisions', compute='_compute_decision_count')
    description = fields.Text('Remit')
    # quorum rules
    quorum_share = fields.Float(
        'Quorum (% of Members)', default=50.0, track_visibility='onchange',
        help='Share of voting members who must be counted to deliberate on first convocation. 0 = no quorum.')
    quorum_strict = fields.Boolean(
        'Strictly More Than the Quorum', default=True, track_visibility='onchange',
        help='Checked: more than the given share is required (e.g. more than half). Unchecked: at least the '
             'given share is enough.')
    quorum_count_proxies = fields.Boolean(
        'Proxies Count Towards the Quorum', default=True,
        track_visibility='onchange')
    max_proxies_per_holder = fields.Integer(
        'Proxies per Holder', default=1,
        help='Maximum number of proxies a present member can hold. 0 = none.')
    second_quorum_share = fields.Float(
        'Second Convocation Quorum (%)', default=0.0, track_visibility='onchange',
        help='Share of members required when the meeting is reconvened for lack of quorum. 0 = the meeting '
             'deliberates validly whatever the number of members present.')
    second_convocation_delay = fields.Integer(
        'Second Convocation Delay (Days)', default=7)
    # vote rules
    majority_rule = fields.Selection([
        (rules.MAJORITY_SIMPLE, 'Simple Majority of Votes Cast'),
        (rules.MAJORITY_ABSOLUTE, 'Absolute Majority of Voters'),
        (rules.MAJORITY_TWO_THIRDS, 'Two-Thirds Majority of Voters'),
    ], 'Majority Rule', required=True, default=rules.MAJORITY_ABSOLUTE,
        track_visibility='onchange')
    tie_rule = fields.Selection([
        (rules.TIE_PRESIDENT, 'The president has the casting vote'),
        (rules.TIE_REJECTED, 'A tie means rejection'),
    ], 'In Case of a Tie', required=True, default=rules.TIE_PRESIDENT,
        track_visibility='onchange')
    decision_sequence_id = fields.Many2one(
        'ir.sequence', 'Decision Numbering', readonly=True, copy=False)
    minutes_sequence_id = fields.Many2one(
        'ir.sequence', 'Minutes Numbering', readonly=True, copy=False)

    _sql_constraints = [
        ('code_unique', 'unique(code)', 'The code of an organ must be unique.'),
    ]

    @api.depends('kind')
    def _compute_is_committee(self):
        for organ in self:
            organ.is_committee = organ.kind in COMMITTEE_KINDS

    def _compute_member_count(self):
        data = self.env['ccis.organ.member'].read_group(
            [('organ_id', 'in', self.ids)], ['organ_id'], ['organ_id'])
        counts = {d['organ_id'][0]: d['organ_id_count'] for d in data}
        for organ in self:
            organ.member_count = counts.get(organ.id, 0)

    def _compute_meeting_count(self):
        data = self.env['ccis.meeting'].read_group(
            [('organ_id', 'in', self.ids)], ['organ_id'], ['organ_id'])
        counts = {d['organ_id'][0]: d['organ_id_count'] for d in data}
        for organ in self:
            organ.meeting_count = counts.get(organ.id, 0)

    def _compute_decision_count(self):
        data = self.env['ccis.decision'].read_group(
            [('organ_id', 'in', self.ids)], ['organ_id'], ['organ_id'])
        counts = {d['organ_id'][0]: d['organ_id_count'] for d in data}
        for organ in self:
            organ.decision_count = counts.get(organ.id, 0)

    @api.constrains('quorum_share', 'second_quorum_share')
    def _check_quorum_share(self):
        for organ in self:
            for share in (organ.quorum_share, organ.second_quorum_share):
                if share < 0 or share > 100:
                    raise ValidationError(_(
                        'Organ "%s": the quorum must be between 0 and 100 %%.')
                        % organ.name)

    @api.constrains('max_proxies_per_holder', 'second_convocation_delay')
    def _check_positive(self):
        for organ in self:
            if organ.max_proxies_per_holder < 0 or organ.second_convocation_delay < 0:
                raise ValidationError(_(
                    'Organ "%s": the number of proxies and the second '
                    'convocation delay cannot be negative.') % organ.name)

    @api.constrains('followup_organ_id')
    def _check_followup_organ(self):
        for organ in self:
            if organ.followup_organ_id == organ:
                raise ValidationError(_(
                    'Organ "%s": an organ cannot follow itself up.')
                    % organ.name)

    @api.model
    def create(self, vals):
        if vals.get('code'):
            vals['code'] = vals['code'].strip().upper()
        organ = super(CcisOrgan, self).create(vals)
        # ir.sequence is admin-only: the organ's own sequences, once the ORM has let the
        # user create the organ
        organ.sudo()._create_sequences()
        return organ

    @api.multi
    def write(self, vals):
        if vals.get('code'):
            vals['code'] = vals['code'].strip().upper()
        res = super(CcisOrgan, self).write(vals)
        if 'code' in vals:
            for organ in self.sudo():
                organ.decision_sequence_id.prefix = '%s-%%(range_year)s-' % organ.code
                organ.minutes_sequence_id.prefix = 'PV-%s-%%(range_year)s-' % organ.code
        return res

    def _create_sequences(self):
        """One sequence per organ for decisions and one for minutes, restarted each year,
        gapless (see ccis_base's ir.sequence)."""
        Sequence = self.env['ir.sequence']
        for organ in self:
            if not organ.decision_sequence_id:
                organ.decision_sequence_id = Sequence._ccis_create_yearly(
                    'Décisions %s' % organ.code, 'ccis.decision.%s' % organ.code,
                    '%s-%%(range_year)s-' % organ.code, 3)
            if not organ.minutes_sequence_id:
                organ.minutes_sequence_id = Sequence._ccis_create_yearly(
                    'PV %s' % organ.code, 'ccis.minutes.%s' % organ.code,
                    'PV-%s-%%(range_year)s-' % organ.code, 3)

    def _next_number(self, sequence, date):
        self.ensure_one()
        # numbering a decision or minutes the user is writing (rights checked by the ORM on
        # that record); the sequence itself is admin-only
        return sequence.sudo().with_context(ir_sequence_date=date).next_by_id()

    def get_members_at(self, date):
        """Members whose mandate covers the date (a date string or date)."""
        self.ensure_one()
        date = fields.Date.to_string(fields.Date.from_string(date)) if date else \
            fields.Date.context_today(self)
        return self.member_ids.filtered(
            lambda m: (not m.date_start or m.date_start <= date)
            and (not m.date_end or m.date_end >= date))

    def get_president(self, date=None):
        self.ensure_one()
        members = self.get_members_at(date)
        return members.filtered(lambda m: m.role in ('president', 'committee_president'))[:1]

    @api.multi
    def action_view_meetings(self):
        self.ensure_one()
        action = self.env.ref('ccis_governance.ccis_meeting_action').read()[0]
        action['domain'] = [('organ_id', '=', self.id)]
        action['context'] = {'default_organ_id': self.id}
        return action

    @api.multi
    def action_view_decisions(self):
        self.ensure_one()
        action = self.env.ref('ccis_governance.ccis_decision_action').read()[0]
        action['domain'] = [('organ_id', '=', self.id)]
        action['context'] = {'default_organ_id': self.id}
        return action

    @api.multi
    def action_view_members(self):
        self.ensure_one()
        action = self.env.ref('ccis_governance.ccis_organ_member_action').read()[0]
        action['domain'] = [('organ_id', '=', self.id)]
        action['context'] = {'default_organ_id': self.id}
        return action
