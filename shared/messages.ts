/**
 * Every sentence the API refuses with, by a stable key, in English and Chinese. The server sends the
 * key and its parameters (`extensions.messageKey`, `extensions.params`) beside the English text it
 * renders from here; the console renders the same key in the reader's language. A parameter that is
 * an enum value, a field name, a record type or an action is declared with its kind, so that the
 * console can show its label instead of the raw name; the server's English text keeps the raw name.
 *
 * Templates name their parameters as `{name}`; both languages of a key name the same ones
 * (test/messages.unit.test.ts).
 */

/**
 * How a parameter is shown. `text`: as given. `enum:<Enum>` / `enums:<Enum>`: one or several values
 * of a schema enum. `field`: a field of the resource at fault. `subject`: a record type (`Round`).
 * `action`: what was refused (`create`, `update`, …). `rule`: a governance rule's key.
 * `messages`: a list of other messages (`{ key, params }`), such as the unmet conditions of a stage.
 * `detail`: technical words of a library (a parser's complaint), in English only: the Chinese
 * template leaves it out.
 */
export type ParamKind = 'text' | 'detail' | 'field' | 'subject' | 'action' | 'rule' | 'messages' | `enum:${string}` | `enums:${string}`;

interface MessageSpec {
  en: string;
  zh: string;
  /** Parameters not declared here are `text`. */
  kinds?: Record<string, ParamKind>;
}

/** A message by reference: what the server sends, and what a `messages` parameter lists. */
export interface MessageRef {
  key: string;
  params?: MessageParams;
}

export type MessageParam = string | number | readonly string[] | readonly MessageRef[];
export type MessageParams = Record<string, MessageParam>;

const STAGE = { stage: 'enum:Stage' } as const;

export const MESSAGES = {
  // Signing in and sessions
  'auth.signInFirst': {
    en: 'Sign in first: send a valid token as "Authorization: Bearer <token>".',
    zh: '请先登录。',
  },
  'auth.sessionExpired': { en: 'Your sign-in has expired or is no longer valid; sign in again.', zh: '登录已过期或已失效，请重新登录。' },
  'auth.schemaNeedsSignIn': { en: 'Sign in to read the schema.', zh: '请先登录，再查看接口结构。' },
  'auth.noSessionToEnd': { en: 'This request came without a session to end.', zh: '本次请求没有可以结束的登录会话。' },
  'auth.wrongLogin': { en: 'Wrong login or password, or the account is deactivated.', zh: '登录名或密码错误，或账号已停用。' },
  'auth.passwordChangeRequired': {
    en: 'Your password was chosen by someone else (an administrator, or the operator who set up the system): choose your own with changePassword first. Until then only me, changePassword and signOut are open to you.',
    zh: '您的密码是他人（管理员或系统初始化人员）设定的，请先修改为您自己的密码；在此之前只能查看本人信息、修改密码和退出登录。',
  },

  // Permissions
  'forbidden.action': {
    en: 'You may not {action} this {subject}.',
    zh: '您无权对该{subject}执行“{action}”操作。',
    kinds: { action: 'action', subject: 'subject' },
  },
  'forbidden.rule': {
    en: 'You may not {action} this {subject}: {rule}.',
    zh: '您无权对该{subject}执行“{action}”操作：{rule}',
    kinds: { action: 'action', subject: 'subject', rule: 'rule' },
  },
  // The named rules of server/permissions/delegation.ts (same English words, checked by the test).
  'rule.no-self-dealing': {
    en: 'nobody acts on their own person: creates, changes, approves or ends their own membership, pool entry, relative or account; appoints themselves leader or revokes their own grant; staffs, takes off or replaces themselves on an inspection; keeps their own training records or assessments, or reads their own assessments',
    zh: '任何人都不能为自己创建、修改、批准或结束任职、组长库记录、亲属关系或账号，不能任命自己为组长或撤回自己的授权，不能把自己配备到巡视组或将自己调离、替换，不能为自己登记培训记录或考核，也不能查看对自己的考核',
  },
  'rule.second-person': {
    en: 'a proposal is approved or refused by someone other than the person who proposed or changed it',
    zh: '提出或修改任职的人不能自己批准或不批准，须由另一人决定',
  },
  'rule.approval-needed': {
    en: 'a role that reads inspection records or their summaries takes effect only once a leading-group leader approves it',
    zh: '可查阅巡视记录或其汇总数字的职责，须经领导小组组长批准后才生效',
  },
  'rule.grantable-roles-only': {
    en: 'nobody resets the password of (or creates an account for) a person holding a role they could not grant',
    zh: '只能为您有权授予其全部职责的人员设置密码或开设账号',
  },
  'rule.team-roster-only': {
    en: 'an inspection is staffed only from the current members of its assigned team',
    zh: '巡视任务只能从被指派巡视组的现任成员中配备人员',
  },

  // Record types and actions the console has no label of its own for (see `renderMessage`)
  'subject.RoundTarget': { en: 'plan target', zh: '巡视对象' },
  'subject.AssignmentMember': { en: 'staffing', zh: '巡视组人员配备' },
  'subject.IntakeInformant': { en: 'informant', zh: '反映人信息' },
  'subject.TalkInterviewee': { en: 'interviewee', zh: '谈话对象信息' },
  'subject.SavedQuery': { en: 'saved query', zh: '保存的查询' },
  'subject.Session': { en: 'session', zh: '登录会话' },
  'action.manage': { en: 'manage', zh: '管理' },
  'action.reset': { en: 'reset the password of', zh: '重置密码' },
  'action.summarize': { en: 'summarize', zh: '统计' },
  'action.recall': { en: 'recall through a follow-up inspection', zh: '回头看时查阅' },
  'action.review': { en: 'review the service of', zh: '查阅履职记录' },

  // Records
  'record.notFound': {
    en: '{subject} {id} not found (it may not exist, or be outside what you may see).',
    zh: '未找到{subject} {id}（可能不存在，或不在您可查看的范围内）。',
    kinds: { subject: 'subject' },
  },
  'record.changed': {
    en: '{subject} {id} was changed by someone else since version {version}; reload it and apply your change again.',
    zh: '{subject} {id} 在第 {version} 版之后已被他人修改，请重新载入后再作修改。',
    kinds: { subject: 'subject' },
  },
  'record.concurrentWrites': {
    en: 'The change collided with changes made at the same moment and was not applied; nothing was changed. Send it again.',
    zh: '该更改与同一时刻的其他更改相冲突，未能生效，未作任何更改，请重新发送。',
  },
  'document.notFound': { en: 'No such document.', zh: '没有这份文书。' },
  'document.notYet': {
    en: 'inspection {id} is in {stage}: this document is drafted from {first} on',
    zh: '巡视任务 {id} 处于{stage}阶段：该文书自{first}阶段起方可生成',
    kinds: { ...STAGE, first: 'enum:Stage' },
  },
  'export.notFound': { en: 'There is no export {file}; there are {files}.', zh: '没有导出文件 {file}；可导出的有：{files}。' },

  // Outages and repeats
  'outage.databaseUnavailable': {
    en: 'The database is unavailable; nothing was changed. Try again shortly.',
    zh: '数据库暂时无法访问或未能及时响应，未作任何更改，请稍后重试。',
  },
  'outage.outcomeUnknown': {
    en: 'The change may have been applied: the database did not confirm it. Send the same request again with the same Idempotency-Key to get its result without applying it twice; without a key, check whether it was applied before sending it again.',
    zh: '更改可能已经生效：数据库未能确认提交。请使用相同的幂等键重新发送同一请求，即可得到其结果而不会重复执行；如未使用幂等键，请先核实是否已生效，再决定是否重新发送。',
  },
  'idempotency.keyMalformed': {
    en: 'Idempotency-Key header: must be 8 to 128 printable ASCII characters, sent once (a random UUID will do)',
    zh: '幂等键须为 8 至 128 个可打印字符，且只发送一次（可使用随机生成的唯一标识）。',
  },
  'idempotency.oneChangePerKey': {
    en: 'Idempotency-Key header: a key names one change; send each mutation field in a request of its own',
    zh: '一个幂等键只对应一项更改；每项更改请单独发送一个请求。',
  },
  'idempotency.keyReused': {
    en: 'This Idempotency-Key was already used for a different request (another operation or other variables); nothing was changed. Use a new key for a new request, and the same key only to send the same request again.',
    zh: '该幂等键已用于另一个不同的请求（操作或变量不同），本次未作任何更改。新的请求请使用新的键；只有重新发送同一请求时才使用相同的键。',
  },

  // Limits
  'limit.signInsWaitingFromAddress': {
    en: 'Too many sign-ins from your network address are waiting to be checked: try again in {seconds} seconds.',
    zh: '来自您网络地址的待核验登录过多，请 {seconds} 秒后再试。',
  },
  'limit.passwordsWaiting': {
    en: 'Too many passwords are waiting to be checked: try again in {seconds} seconds.',
    zh: '待核验的密码过多，请 {seconds} 秒后再试。',
  },
  'limit.loginBusy': {
    en: 'Other sign-ins of this login are still being checked: try again in {seconds} seconds.',
    zh: '该登录名的其他登录尚在核验，请 {seconds} 秒后再试。',
  },
  'limit.failedSignIns': {
    en: 'Too many failed sign-ins: try again in {minutes} minutes, or ask an administrator to reset the password.',
    zh: '登录失败次数过多，请 {minutes} 分钟后再试，或请管理员重置密码。',
  },
  'limit.failedSignInsFromAddress': {
    en: 'Too many failed sign-ins from your network address: try again in {minutes} minutes.',
    zh: '来自您网络地址的登录失败次数过多，请 {minutes} 分钟后再试。',
  },
  'limit.publicReports': {
    en: 'At most {max} reports in 10 minutes can be sent from one place; please try again later.',
    zh: '同一地点 10 分钟内最多可提交 {max} 件反映，请稍后再试。',
  },

  // Input in general (class-validator, GraphQL's own checks, query limits)
  'input.invalid': { en: 'is not valid', zh: '填写有误' },
  'input.blank': { en: 'must not be blank', zh: '不能为空' },
  'input.notClearable': { en: 'cannot be cleared; leave it out to keep it as it is', zh: '不能清空；不填写即保持原值' },
  'input.tooLong': { en: 'must be at most {max} characters, got {length}', zh: '最多 {max} 个字符，现为 {length} 个' },
  'input.tooShort': { en: 'must be at least {min} characters', zh: '至少 {min} 个字符' },
  'input.min': { en: 'must not be less than {limit}', zh: '不得小于 {limit}' },
  'input.max': { en: 'must not be greater than {limit}', zh: '不得大于 {limit}' },
  'input.tooManyItems': { en: 'must contain at most {limit} items', zh: '最多 {limit} 项' },
  'input.tooFewItems': { en: 'must contain at least {limit} items', zh: '至少 {limit} 项' },
  'input.notAllowedValue': { en: 'must be one of the allowed values', zh: '须为可选值之一' },
  'input.day': { en: 'must be a calendar day written YYYY-MM-DD', zh: '须为日期（年-月-日）' },
  'input.pattern': { en: 'is not written in the expected form', zh: '格式不正确' },
  'input.wrongType': { en: 'has a value of the wrong type', zh: '取值类型不正确' },
  'input.notBefore': { en: 'must not be before {day}', zh: '不得早于 {day}' },
  'input.notAfterToday': { en: 'must not be after today ({day})', zh: '不得晚于今天（{day}）' },
  'input.notJson': { en: 'must be JSON ({detail})', zh: '须为有效的结构化文本', kinds: { detail: 'detail' } },
  'input.notJsonObject': { en: 'must be a JSON object, such as {"id": 1}', zh: '须为对象形式的结构化文本' },
  'input.pageSize': { en: 'must be a whole number from 1 to {max}, got {got}', zh: '须为 1 至 {max} 之间的整数，现为 {got}' },
  'input.variable': { en: '{detail}', zh: '请求中的变量取值无效。', kinds: { detail: 'detail' } },
  'input.tooManyVariableErrors': { en: 'Too many errors processing variables.', zh: '请求中的变量错误过多。' },
  'query.invalid': { en: '{detail}', zh: '请求的查询无效，无法执行。', kinds: { detail: 'detail' } },
  'query.refused': {
    en: '{detail}',
    zh: '请求的查询超出限制（嵌套层数、别名、指令或复杂度），已被拒绝。',
    kinds: { detail: 'detail' },
  },
  'internal.error': {
    en: 'Internal error. Quote request id {requestId} when reporting it.',
    zh: '服务器内部错误。反映问题时请提供请求编号 {requestId}。',
  },

  // Bodies and people
  'body.retired': { en: 'body {id} is retired', zh: '机构 {id} 已撤销' },
  'body.alreadyRetired': { en: 'body {id} is already retired', zh: '机构 {id} 已经撤销' },
  'body.codeTaken': { en: '"{code}" is already the code of another body', zh: '“{code}”已是另一机构的代码' },
  'body.hostsItself': { en: 'a body cannot host itself', zh: '机构不能设在自身' },
  'body.reportsToItself': { en: 'a body cannot report to itself or to a body under it', zh: '机构不能隶属于自身或其下级机构' },
  'body.activeChildren': {
    en: '{count} active bodies still report to this body; move or retire them first',
    zh: '仍有 {count} 个在用机构隶属于该机构，请先调整或撤销它们',
  },
  'body.notLeadingGroup': { en: 'body {id} is not a leading group', zh: '机构 {id} 不是巡视工作领导小组' },
  'person.left': { en: 'person {id} has left the roster', zh: '人员 {id} 已离开名册' },
  'person.alreadyLeft': { en: 'person {id} has already left the roster', zh: '人员 {id} 已经离开名册' },

  // Memberships
  'membership.roleNotInKind': {
    en: '{role} cannot be held in a body of kind {kind} (allowed: {allowed})',
    zh: '{kind}中不能担任{role}（可担任该职责的机构类型：{allowed}）',
    kinds: { role: 'enum:MembershipRole', kind: 'enum:BodyKind', allowed: 'enums:BodyKind' },
  },
  'membership.untilBeforeSince': { en: 'must not be before since ({since})', zh: '不得早于起始日期（{since}）' },
  'membership.refused': { en: 'membership {id} was refused; propose a new one', zh: '任职 {id} 未获批准，请重新提出' },
  'membership.ended': { en: 'membership {id} has ended', zh: '任职 {id} 已结束' },
  'membership.roleFixed': {
    en: 'membership {id} was approved as {role}; end it and propose the new role',
    zh: '任职 {id} 已按{role}批准；请先结束该任职，再提出新的职责',
    kinds: { role: 'enum:MembershipRole' },
  },
  'membership.onlyShorten': {
    en: 'an approved {role} membership can only be shortened; propose a new membership for a longer period',
    zh: '已批准的{role}任职只能缩短；如需延长期限，请提出新的任职',
    kinds: { role: 'enum:MembershipRole' },
  },
  'membership.roleNeedsApproval': {
    en: "{role} needs a leading-group leader's approval; end this membership and propose the new role",
    zh: '{role}须经领导小组组长批准；请先结束该任职，再提出新的职责',
    kinds: { role: 'enum:MembershipRole' },
  },
  'membership.alreadyEnded': { en: 'membership {id} already ended on {on}', zh: '任职 {id} 已于 {on} 结束' },
  'membership.endBeforeStart': { en: 'must not be before the membership starts ({since})', zh: '不得早于任职起始日期（{since}）' },
  'membership.refusalReason': { en: 'give the reason for the refusal', zh: '请填写不予批准的理由' },

  // Accounts
  'account.loginTaken': { en: '"{login}" is already taken', zh: '登录名“{login}”已被占用' },
  'account.alreadyDeactivated': { en: 'account {id} is already deactivated', zh: '账号 {id} 已经停用' },
  'account.wrongCurrentPassword': { en: 'is not your current password', zh: '不是您当前的密码' },
  'account.samePassword': { en: 'must differ from your current password', zh: '须与当前密码不同' },
  'session.alreadyEnded': {
    en: 'session {id} already ended ({reason})',
    zh: '会话 {id} 已经结束（{reason}）',
    kinds: { reason: 'messages' },
  },
  'session.end.SIGNED_OUT': { en: 'signed out', zh: '已退出登录' },
  'session.end.ENDED_BY_USER': { en: 'ended by its user', zh: '由本人结束' },
  'session.end.PASSWORD_CHANGED': { en: 'the password was changed', zh: '密码已修改' },
  'session.end.PASSWORD_RESET': { en: 'the password was reset', zh: '密码已被重置' },
  'session.end.DEACTIVATED': { en: 'the account was deactivated', zh: '账号已停用' },
  'session.end.ROLE_REMOVED': { en: 'a role was removed', zh: '职责已被撤销' },

  // Plans (rounds) and the pool
  'round.targetTwice': { en: 'names a body twice', zh: '同一机构列了两次' },
  'round.outOfJurisdiction': {
    en: "body {id} is not one this leading group's committee can inspect",
    zh: '机构 {id} 不在该领导小组所属党委的巡视范围内',
  },
  'round.numberTaken': {
    en: 'round {number} of {year} already exists (plan {plan})',
    zh: '{year} 年第 {number} 轮巡视已经存在（计划 {plan}）',
  },
  'round.approvedLocked': { en: 'an approved plan can no longer be changed', zh: '已批准的巡视计划不能再修改' },
  'round.alreadyApproved': { en: 'plan {id} is already approved', zh: '巡视计划 {id} 已经批准' },
  'round.notApproved': {
    en: 'plan {id} is not approved; nothing is assigned from a draft',
    zh: '巡视计划 {id} 尚未批准，草案不能据以指派巡视任务',
  },
  'pool.alreadyIn': { en: 'person {person} is already in this pool (entry {entry})', zh: '人员 {person} 已在该组长库中（记录 {entry}）' },
  'pool.alreadyRetired': { en: 'pool entry {id} is already retired', zh: '组长库记录 {id} 已经撤销' },

  // Inspections (assignments) and their stages
  'stage.unmet': {
    en: 'cannot move to {stage}: {conditions}',
    zh: '无法进入“{stage}”阶段：{conditions}',
    kinds: { ...STAGE, conditions: 'messages' },
  },
  'stage.noticeNotSent': { en: 'the notice has not been sent to the target', zh: '巡视通知尚未送达被巡视单位' },
  'stage.noContactChannels': { en: 'the contact channels have not been set', zh: '尚未设置联系方式' },
  'stage.noLeader': { en: 'no leader has been appointed from the pool for this inspection', zh: '尚未从组长库中为本次巡视任命组长' },
  'stage.noStaff': { en: 'nobody has been staffed on it', zh: '尚未配备任何人员' },
  'stage.briefingsAwaited': {
    en: 'background requested during preparation has not all been received',
    zh: '准备阶段调阅的背景材料尚未全部收到',
  },
  'stage.noActivity': { en: 'no activity has been recorded', zh: '尚未记录任何巡视活动' },
  'stage.reportNotHeard': { en: 'the leading group has not heard the report', zh: '领导小组尚未听取巡视汇报' },
  'stage.findingsUndecided': { en: 'the leading group has not decided on every finding', zh: '领导小组尚未对全部问题线索作出决定' },
  'stage.rectificationMissing': {
    en: 'a finding decided for rectification has no rectification item',
    zh: '有决定整改的问题线索尚无整改事项',
  },
  'stage.transferMissing': { en: 'a finding decided for transfer has not been transferred', zh: '有决定移交的问题线索尚未移交' },
  'assignment.closed': { en: 'inspection {id} is closed', zh: '巡视任务 {id} 已结束' },
  'assignment.teamNotOfGroup': {
    en: "body {id} is not an inspection team of the plan's leading group",
    zh: '机构 {id} 不是该计划所属领导小组的巡视组',
  },
  'assignment.targetNotInPlan': { en: 'plan {plan} does not name body {body}', zh: '巡视计划 {plan} 未列入机构 {body}' },
  'assignment.alreadyStaffed': {
    en: 'person {person} is already staffed on inspection {assignment}',
    zh: '人员 {person} 已配备到巡视任务 {assignment}',
  },
  'assignment.mustRecuse': {
    en: '{name} must recuse (回避): {grounds}. Record a justified exception to staff them anyway.',
    zh: '{name}应当回避：{grounds}。如确需配备，请记录有正当理由的例外。',
    kinds: { grounds: 'messages' },
  },
  'assignment.leaderMustRecuse': {
    en: 'the person must recuse (回避): {grounds}',
    zh: '该人员应当回避：{grounds}',
    kinds: { grounds: 'messages' },
  },
  'recusal.worksThere': { en: 'works at {body} or a body under it', zh: '在{body}或其下属机构工作' },
  'recusal.heldRole': {
    en: 'held a role ({role}) at {body} or a body under it from {since}',
    zh: '自 {since} 起曾在{body}或其下属机构担任{role}',
    kinds: { role: 'enum:MembershipRole' },
  },
  'recusal.heldRoleUntil': {
    en: 'held a role ({role}) at {body} or a body under it from {since} to {until}',
    zh: '{since} 至 {until} 曾在{body}或其下属机构担任{role}',
    kinds: { role: 'enum:MembershipRole' },
  },
  'recusal.related': { en: 'is related ({relation}) to {relative}, a cadre there', zh: '与该单位干部{relative}有亲属关系（{relation}）' },
  'assignment.poolEntryNotCurrent': {
    en: "pool entry {id} is not in the current pool of this plan's leading group",
    zh: '组长库记录 {id} 不在该计划所属领导小组的现行组长库中',
  },
  'assignment.hasLeader': {
    en: 'inspection {assignment} already has a leader (grant {grant})',
    zh: '巡视任务 {assignment} 已有组长（授权 {grant}）',
  },
  'assignment.noticeAlreadySent': {
    en: 'the notice of inspection {id} was already sent on {on}',
    zh: '巡视任务 {id} 的巡视通知已于 {on} 送达',
  },
  'grant.alreadyRevoked': {
    en: 'grant {id} was already revoked on {on}; a revocation is final',
    zh: '授权 {id} 已于 {on} 撤销，撤销不可更改',
  },
  'grant.ended': { en: 'grant {id} ended on {until}: there is nothing left to revoke', zh: '授权 {id} 已于 {until} 期满，无需撤销' },
  'staff.alreadyRemoved': {
    en: 'person {person} was already taken off inspection {assignment} on {on}',
    zh: '人员 {person} 已于 {on} 调离巡视任务 {assignment}',
  },
  'staff.sameReplacement': {
    en: 'the replacement must be someone other than the person taken off',
    zh: '替换人员不能是被调离的同一人',
  },
  'followUp.otherTarget': {
    en: 'inspection {id} inspected another body: a follow-up returns to the same target',
    zh: '巡视任务 {id} 的巡视对象不同：回头看须针对同一被巡视党组织',
  },
  'followUp.notPastFeedback': {
    en: 'inspection {id} has not yet passed feedback: only one whose findings were fed back to the target can be followed up',
    zh: '巡视任务 {id} 尚未完成反馈：只能对已向被巡视党组织反馈问题的巡视开展回头看',
  },
  'followUp.self': { en: 'an inspection cannot follow itself up', zh: '巡视任务不能对自身开展回头看' },
  'followUp.cycle': {
    en: 'inspection {id} already follows this one up, directly or through others',
    zh: '巡视任务 {id} 已直接或间接地是本巡视任务的回头看',
  },
  'followUp.onlyInPreparation': {
    en: 'which inspection this one follows up changes only in preparation',
    zh: '回头看所针对的巡视任务只能在巡视准备阶段修改',
  },
  'activity.onlyDuringInquiry': { en: 'activities are recorded during inquiry', zh: '巡视活动只能在巡视了解阶段记录' },
  'briefing.onlyDuringPreparation': { en: 'background is requested during preparation', zh: '背景材料只能在巡视准备阶段调阅' },
  'briefing.notSource': {
    en: 'body {id} is not a discipline commission, organisation department, audit office or petition bureau',
    zh: '机构 {id} 不是纪委监委、组织部门、审计机关或信访部门',
  },
  'briefing.receivedBeforeRequest': { en: 'must not be before the request ({on})', zh: '不得早于调阅日期（{on}）' },
  'intake.onlyDuringInquiry': { en: 'intake is taken during inquiry', zh: '信访只在巡视了解阶段受理' },
  'talk.onlyDuringInquiry': { en: 'individual talks are recorded during inquiry', zh: '个别谈话只能在巡视了解阶段记录' },
  'talk.talkerNotStaffed': {
    en: 'person {id} is neither staffed on this inspection nor its granted leader on the day of the talk',
    zh: '人员 {id} 既未配备到本次巡视，也不是谈话当日受权的组长',
  },
  'talk.notOfInspection': { en: "talk {id} is not one of this inspection's", zh: '谈话记录 {id} 不属于本次巡视' },
  'recordsRequest.onlyDuringInquiry': { en: 'records are requested during inquiry', zh: '调阅资料只能在巡视了解阶段登记' },
  'recordsRequest.nothingReceived': {
    en: 'leave it out while nothing has been received (status REQUESTED)',
    zh: '尚未收到任何资料（状态为已调阅）时不填写',
  },
  'recordsRequest.receiptNeedsDay': { en: 'give the day what was received came', zh: '请填写收到资料的日期' },
  'intake.linkNotFound': {
    en: 'Intake link given not found (it may not exist, or be outside what you may see).',
    zh: '该信访受理链接不存在或已失效。',
  },
  'evaluation.personTwice': { en: 'must name each person once', zh: '每人只能列入一次' },
  'evaluation.personNotOfTarget': {
    en: 'person {id} is not employed at the inspected body or a body under it',
    zh: '人员 {id} 不在被巡视单位或其下属单位任职',
  },
  'evaluation.notDraft': {
    en: 'the evaluation is {status}: only a draft can be changed or opened',
    zh: '该测评当前为“{status}”，只有草稿可以修改或开始',
    kinds: { status: 'enum:EvaluationStatus' },
  },
  'evaluation.notOpen': {
    en: 'the evaluation is {status}: only an open one takes this (closing is final)',
    zh: '该测评当前为“{status}”，只有进行中的测评可以执行此操作（结束后不可重新开始）',
    kinds: { status: 'enum:EvaluationStatus' },
  },
  'evaluation.onlyDuringInquiry': { en: 'ballots are taken during inquiry', zh: '测评只能在巡视了解阶段进行' },
  'ballot.linkNotFound': { en: 'This ballot link is used, closed or unknown.', zh: '该测评链接已使用、已结束或不存在。' },

  // Findings, reports, rectification, supervision
  'finding.onlyDuringFieldwork': {
    en: 'findings are recorded during inquiry and reporting',
    zh: '问题线索只能在巡视了解和巡视汇报阶段记录',
  },
  'finding.subKindMismatch': {
    en: 'must be one of {allowed} for {category}',
    zh: '{category}只能选择：{allowed}',
    kinds: { allowed: 'enums:FindingSubKind', category: 'enum:FindingCategory' },
  },
  'finding.subjectNotCadre': { en: 'person {id} is not a cadre of the inspected body', zh: '人员 {id} 不是被巡视单位的干部' },
  'finding.talkIsIndividualTalk': {
    en: 'a finding from a talk has the source method INDIVIDUAL_TALK',
    zh: '来源于谈话的问题线索，其来源方式须为个别谈话',
  },
  'finding.notOfInspection': { en: "finding {id} is not one of this inspection's", zh: '问题线索 {id} 不属于本次巡视' },
  'finding.undecided': { en: 'the leading group has not decided on finding {id}', zh: '领导小组尚未对问题线索 {id} 作出决定' },
  'finding.lockedForTeam': { en: 'finding {id} can no longer be changed by the team', zh: '巡视组已不能再修改问题线索 {id}' },
  'finding.alreadyUrgent': { en: 'finding {id} is already urgent', zh: '问题线索 {id} 已标为紧急' },
  'finding.alreadyTransferred': { en: 'finding {id} has already been transferred', zh: '问题线索 {id} 已经移交' },
  'finding.transferOnlyInTransfer': { en: 'findings are transferred in the transfer stage', zh: '问题线索只能在移交督办阶段移交' },
  'finding.notDecidedForTransfer': {
    en: 'the leading group has not decided to transfer finding {id}',
    zh: '领导小组尚未决定移交问题线索 {id}',
  },
  'finding.overrideNeedsReason': { en: 'overriding the routing table needs a stated reason', zh: '不按移交对照表移交须说明理由' },
  'finding.notReceivingBody': {
    en: 'body {id} is not a discipline commission, organisation department or functional department',
    zh: '机构 {id} 不是纪委监委、组织部门或职能部门',
  },
  'finding.noRecipient': {
    en: 'the routing table names no receiving department here; override it with a reason',
    zh: '移交对照表未列出此处的承办部门，请另行指定并说明理由',
  },
  'finding.notAwaitingOutcome': { en: 'finding {id} is not awaiting an outcome', zh: '问题线索 {id} 不在等待办理结果' },
  'report.onlyInReporting': { en: 'the report is drafted in the reporting stage', zh: '巡视报告只能在巡视汇报阶段起草' },
  'report.exists': { en: 'this inspection already has a report', zh: '本次巡视已有巡视报告' },
  'report.submittedLocked': { en: 'a submitted report can no longer be changed', zh: '已报送的巡视报告不能再修改' },
  'report.alreadySubmitted': { en: 'the report was already submitted', zh: '巡视报告已经报送' },
  'report.submitInReporting': { en: 'the report is submitted in the reporting stage', zh: '巡视报告只能在巡视汇报阶段报送' },
  'report.notSubmitted': { en: 'the report has not been submitted', zh: '巡视报告尚未报送' },
  'report.alreadyHeard': { en: 'the report was already heard on {on}', zh: '巡视报告已于 {on} 听取' },
  'report.heardBeforeSubmitted': { en: 'must not be before the report was submitted ({on})', zh: '不得早于报告报送日期（{on}）' },
  'rectification.afterHearing': {
    en: 'rectification items are sent with the feedback, after the report was heard',
    zh: '整改事项在听取巡视汇报后随反馈意见下发',
  },
  'rectification.closed': { en: 'item {id} is closed off', zh: '整改事项 {id} 已销号' },
  'rectification.notSubmitted': { en: 'item {id} has not been reported done', zh: '整改事项 {id} 尚未报告完成' },
  'supervision.alreadyDone': { en: 'matter {id} is already handled', zh: '督办事项 {id} 已办结' },
  'staffRecord.notStaff': {
    en: 'person {id} is not among the inspection staff of this leading group (a member of one of its teams or of its team-leader pool)',
    zh: '人员 {id} 不是该领导小组的巡视工作人员（其巡视组成员或组长库人员）',
  },
  'staffRecord.trainingRetired': { en: 'training record {id} is retired', zh: '培训记录 {id} 已撤销' },
  'staffRecord.notYetAssessable': {
    en: 'inspection {id} is in {stage}: its staff are assessed once it has reached REPORTING',
    zh: '巡视任务 {id} 处于{stage}阶段：巡视汇报阶段起方可考核其工作人员',
    kinds: STAGE,
  },
  'staffRecord.didNotServe': {
    en: 'person {person} did not serve on inspection {assignment}, as staff or as its leader',
    zh: '人员 {person} 未参加巡视任务 {assignment}（既非巡视组配备人员，也非授权组长）',
  },
  'staffRecord.alreadyAssessed': {
    en: 'person {person} has already been assessed for inspection {assignment}',
    zh: '人员 {person} 在巡视任务 {assignment} 中的表现已有考核记录',
  },
  'helpRequest.onlyDuringFieldwork': {
    en: 'help is asked for during inquiry and reporting',
    zh: '只能在巡视了解和汇报阶段商请协助',
  },
  'helpRequest.notADepartment': {
    en: 'body {id} is not a functional department or professional body in service that can be asked',
    zh: '机构 {id} 不是可以商请协助的在用职能部门或专业机构',
  },
  'helpRequest.inquiryNotApproved': {
    en: 'deeper inquiry {id} is not an approved one of this inspection',
    zh: '深入了解 {id} 不是本次巡视已批准的深入了解',
  },
  'helpRequest.notTheInquirysFinding': {
    en: 'finding {id} is not the one the deeper inquiry looks into',
    zh: '问题线索 {id} 不是该深入了解所针对的问题线索',
  },
  'helpRequest.notDraft': { en: 'request {id} has already been sent', zh: '商请协助 {id} 已经发出' },
  'helpRequest.notAwaitingAnswer': { en: 'request {id} is not awaiting an answer', zh: '商请协助 {id} 不在等待答复' },
  'deeperInquiry.onlyDuringFieldwork': {
    en: 'a deeper inquiry is opened during inquiry and reporting',
    zh: '只能在巡视了解和汇报阶段提出深入了解',
  },
  'deeperInquiry.alreadyOpen': {
    en: 'finding {id} already has a deeper inquiry proposed or approved',
    zh: '问题线索 {id} 已有待批准或已批准的深入了解',
  },
  'deeperInquiry.notProposed': { en: 'deeper inquiry {id} has already been decided', zh: '深入了解 {id} 已经作出决定' },
  'deeperInquiry.refusalReason': { en: 'give the reason for refusing', zh: '不批准须说明理由' },

  // Summaries and saved queries
  'summary.tooManyDimensions': { en: 'group by at most {max} dimensions, got {got}', zh: '最多按 {max} 个维度分组，现为 {got} 个' },
  'summary.dimensionTwice': { en: 'names a dimension twice', zh: '同一维度列了两次' },
  'summary.limitRange': { en: 'must be from 1 to {max}, got {got}', zh: '须在 1 至 {max} 之间，现为 {got}' },
  'summary.countOnlyGroupBy': {
    en: '{dimension} is not available: you may count these records but not read them, and may group them only by {allowed}',
    zh: '不能按“{dimension}”分组：您只能统计这些记录的数量而不能查阅其内容，只能按以下维度分组：{allowed}',
  },
  'summary.countOnlyFilter': {
    en: 'is not available: you may count these records but not read them, and may filter them only by {allowed}',
    zh: '不能使用该筛选条件：您只能统计这些记录的数量而不能查阅其内容，只能按以下条件筛选：{allowed}',
  },
  'savedQuery.nameTaken': { en: 'you already have a saved query named "{name}"', zh: '您已有名为“{name}”的查询' },
  'history.notRecordType': { en: 'is not a record type: {subject}', zh: '不是一种记录类型：{subject}' },
  'export.filterNotJson': { en: 'filter is not valid JSON ({detail}).', zh: '筛选条件的格式无效。', kinds: { detail: 'detail' } },
  'export.filterInvalid': { en: '{detail}', zh: '筛选条件无效。', kinds: { detail: 'detail' } },
  'export.filterOnce': { en: 'Give the filter once, as one JSON object: ?filter={"…":…}.', zh: '筛选条件只能给出一次，且须为一个对象。' },
} as const satisfies Record<string, MessageSpec>;

export type MessageKey = keyof typeof MESSAGES;
export type Language = 'en' | 'zh';

export const isMessageKey = (key: unknown): key is MessageKey => typeof key === 'string' && Object.hasOwn(MESSAGES, key);

/** The kind of a key's parameter (`text` unless declared). */
export function paramKind(key: MessageKey, name: string): ParamKind {
  const kinds = (MESSAGES[key] as MessageSpec).kinds;
  return kinds?.[name] ?? 'text';
}

/** The names a template uses, in order of first use. */
export function templateParams(template: string): string[] {
  return [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))];
}

/**
 * How a reader's language shows one value of a kind (an enum value's label, a field's label, …);
 * undefined to show the value as it is.
 */
export type LabelOf = (kind: ParamKind, value: string) => string | undefined;

const LIST_SEPARATOR: Record<Language, string> = { en: ', ', zh: '、' };
const MESSAGES_SEPARATOR: Record<Language, string> = { en: '; ', zh: '；' };

function isRefList(value: MessageParam): value is readonly MessageRef[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'object' && item !== null && 'key' in item);
}

/**
 * A message in one language, its parameters filled in; an unknown key yields undefined. Without
 * `labelOf` (the server's English), enum values, fields and record types appear as they are.
 */
export function renderMessage(key: string, params: MessageParams = {}, language: Language = 'en', labelOf?: LabelOf): string | undefined {
  if (!isMessageKey(key)) return undefined;
  const spec = MESSAGES[key] as MessageSpec;
  return spec[language].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    const kind = paramKind(key, name);
    if (kind === 'messages' || isRefList(value)) {
      const refs = isRefList(value) ? value : [];
      return refs.map((ref) => renderMessage(ref.key, ref.params, language, labelOf) ?? '').join(MESSAGES_SEPARATOR[language]);
    }
    if (kind === 'rule') {
      const text = renderMessage(`rule.${String(value)}`, {}, language, labelOf);
      if (!text) return String(value);
      return language === 'en' && !labelOf ? `${text} (rule "${String(value)}")` : text;
    }
    // The console's labels first, then the catalogue's own for the record types and actions the console has none for.
    const label = (one: string) =>
      kind === 'text' || kind === 'detail' || !labelOf
        ? one
        : (labelOf(kind, one) ??
          (kind === 'subject' || kind === 'action' ? renderMessage(`${kind}.${one}`, {}, language) : undefined) ??
          one);
    if (Array.isArray(value)) return (value as readonly string[]).map((one) => label(String(one))).join(LIST_SEPARATOR[language]);
    return label(String(value));
  });
}
