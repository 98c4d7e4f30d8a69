from odoo import _, api, fields, models
from odoo.exceptions import ValidationError

from ..tools import rules

VOTE_CHOICES = [
    ('for', 'For'),
    ('against', 'Against'),
    ('abstain', 'Abstention'),
]


class CcisMeetingItem(models.Model):
    """An item of a meeting's agenda and its deliberation (discussion and vote)."""
    _name = 'ccis.meeting.item'
    _description = 'Agenda Item'
    _order = 'meeting_id, sequence, id'
    _ccis_unit_scope = ['meeting_id.unit_id']  # record rules: ir.rule._ccis_unit_rules

    meeting_id = fields.Many2one(
        'ccis.meeting', 'Meeting', required=True, index=True, ondelete='cascade')
    organ_id = fields.Many2one(related='meeting_id.organ_id', store=True, readonly=True)
    meeting_state = fields.Selection(related='meeting_id.state', readonly=True)
    sequence = fields.Integer('Order', default=10)
    number = fields.Integer('N°', compute='_compute_number')
    name = fields.Char('Title', required=True)
    rapporteur_id = fields.Many2one(
        'res.partner', 'Rapporteur', help='Elected member or executive who presents the item.')
    description = fields.Text('Overview')
    attachment_ids = fields.Many2many(
        'ir.attachment', 'ccis_meeting_item_attachment_rel', 'item_id', 'attachment_id',
        'Documents')
    # deliberation
    discussion = fields.Html('Summary of Discussions', copy=False)
    vote_required = fields.Boolean('Put to the Vote', default=False)
    votes_for = fields.Integer('Votes For', copy=False)
    votes_against = fields.Integer('Votes Against', copy=False)
    votes_abstain = fields.Integer('Abstentions', copy=False)
    president_vote = fields.Selection(
        VOTE_CHOICES, "President's Vote", copy=False,
        help='Breaks the tie when the president has the casting vote.')
    is_tie = fields.Boolean('Tied Vote', compute='_compute_outcome', store=True)
    outcome = fields.Selection([
        ('none', 'No Vote'),
        ('adopted', 'Adopted'),
        ('rejected', 'Rejected'),
    ], 'Outcome', compute='_compute_outcome', store=True)
    unanimous = fields.Boolean('Unanimously', compute='_compute_outcome', store=True)
    decision_ids = fields.One2many('ccis.decision', 'item_id', 'Decisions')

    def _compute_number(self):
        for meeting in self.mapped('meeting_id'):
            for index, item in enumerate(meeting.item_ids.sorted(
                    lambda i: (i.sequence, i.id)), 1):
                if item in self:
                    item.number = index

    @api.depends('vote_required', 'votes_for', 'votes_against', 'votes_abstain',
                 'president_vote', 'meeting_id.organ_id.majority_rule',
                 'meeting_id.organ_id.tie_rule')
    def _compute_outcome(self):
        for item in self:
            if not item.vote_required:
                item.outcome = 'none'
                item.is_tie = False
                item.unanimous = False
                continue
            organ = item.meeting_id.organ_id
            item.outcome = rules.vote_outcome(
                item.votes_for, item.votes_against, item.votes_abstain,
                majority=organ.majority_rule or rules.MAJORITY_ABSOLUTE,
                tie_rule=organ.tie_rule or rules.TIE_PRESIDENT,
                president_vote=item.president_vote)
            item.is_tie = rules.is_tie(item.votes_for, item.votes_against)
            item.unanimous = bool(item.votes_for) and not item.votes_against \
                and not item.votes_abstain

    @api.constrains('votes_for', 'votes_against', 'votes_abstain')
    def _check_votes(self):
        for item in self:
            votes = (item.votes_for, item.votes_against, item.votes_abstain)
            if any(v < 0 for v in votes):
                raise ValidationError(_(
                    'Item "%s": the number of votes cannot be negative.') % item.name)
            voters = item.meeting_id.quorum_counted
            if voters and sum(votes) > voters:
                raise ValidationError(_(
                    'Item "%s": %d votes cast for %d '
                    'members present or represented.') % (item.name, sum(votes), voters))
