"""Values typed with full-width digits and symbols, spaces inside them, ASCII operators, an
operator column, and a printed copy (打印版) on a second sheet: ii01–ii06."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import project_head
from tests.variants.holdout25.common import head_at, notes, one_year_money, signature
from tests.variants.holdout25.registry import variant
from tests.variants.kit import CN_DATE, Book, Sheet, day, mk, money, ok, pct


@variant("ii01-fullwidth-ok", (1, 9), "project, NAT-2021, one value column and a 备注 column, "
         "values typed in full-width mode (９５％, １０月３１日前, ３，０００场次)")  # fmt: skip
def ii01() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 18, 30, 20, 22, 14))
    project_head(s, year=2027, name="乡村学校少年宫运行补助", dept="鹤溪县教育局（203001）",
                 unit="鹤溪县教育局", money=one_year_money(260), attr="延续项目",
                 goals=["支持全县１２０所乡村学校少年宫常态化开展课后兴趣活动，全年开展兴趣小组"
                        "活动不少于３，０００场次，提升乡村学生综合素质。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "备注")
    s.table([
        ("产出指标", "数量指标", "受益乡村学校数", "≥１２０所", "按各校上报"),
        (None, None, "兴趣小组活动场次",
         ok("≥３，０００场次", note="a full-width comma as the thousands separator: 3000"), None),
        (None, "质量指标", "活动开展达标率", "≥９５％", "按县级评估细则"),
        (None, None, "辅导教师培训合格率", "≥９０％", None),
        (None, "时效指标", "补助资金拨付时间", "１０月３１日前", None),
        ("成本指标", "经济成本指标", "校均运行补助标准", "≤２万元/所", "１２０所×２万元"),
        ("效益指标", "社会效益指标", "乡村学生课后活动参与率", "≥８５％", None),
        (None, None, "学生综合素质", "有效提升", None),
        (None, "可持续影响指标", "少年宫常态化运行机制", "逐步完善", None),
        ("满意度指标", "服务对象满意度指标", "学生及家长满意度", "≥９０％", "问卷调查"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "注：指标值请填写比较符、数值和计量单位；定性指标填写等级。")
    signature(s, filled=day(2026, 11, 12, CN_DATE), phone="0736-4218705", who="龙雪梅",
              checker="彭立军")  # fmt: skip
    return b


@variant("ii02-spaces-ok", (4, 5, 9), "project, NAT-2021, the table shifted to column B, "
         "spaces inside values (≥ 95 %, ≥ 10 000 人次) "
         "and in tier labels (产 出 指 标, 数量\\n指标)")  # fmt: skip
def ii02() -> Book:
    b = Book()
    s = b.sheet("绩效目标", (3, 14, 16, 30, 18, 16, 16))
    head_at(s, 2, year=2027, name="公共文化服务进基层", dept="青岫县文化和旅游局",
            unit="青岫县文化馆", lines=one_year_money(80),
            goal="全年组织文艺演出进村（社区）60场，举办群众文化培训班12期，"
                 "丰富基层群众文化生活。")  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", col=2)
    s.table([
        ("产 出 指 标", "数量\n指标", "文艺演出进村（社区）场次", "≥ 60 场"),
        (None, None, "群众文化培训班期数", "≥ 12 期"),
        (None, "质量\n指标", "培训学员结业率", "≥ 95 %"),
        (None, "时效\n指标", "演出任务完成时间", "12 月 31 日前"),
        ("成 本 指 标", "经济成本\n指标", "场均演出补助", "≤ 0.8 万元/场"),
        ("效 益 指 标", "社会效益\n指标", "惠及基层群众人次",
         ok("≥ 10 000 人次", note="a space as the thousands separator: 10000")),
        (None, "可持续影响\n指标", "基层文化服务网络", "持续完善"),
        ("满 意 度 指 标", "服务对象满意度\n指标", "群众满意度", "≥ 90 %"),
    ], merged=(1, 2), col=2)  # fmt: skip
    notes(s, "注：演出场次以乡镇文化站签收的演出确认单为准。", col=2)
    signature(s, filled=day(2026, 10, 28), phone="0717-3325906", who="田思远",
              checker="覃红", col=2)  # fmt: skip
    return b


@variant("ii03-ascii-operators", (9, 11), "project, OLD-NAT, operators typed in ASCII (>=, <=, "
         "<, >) with a doubled ≥≥, a rate without %, an accident rate with >=")  # fmt: skip
def ii03() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(s, year=2027, name="食品安全监督抽检", dept="澄江县市场监督管理局",
                 unit="澄江县市场监督管理局", money=one_year_money(160),
                 goals=["完成食品安全监督抽检1200批次、快检3000批次，及时核查处置不合格食品，"
                        "守住不发生区域性食品安全事件的底线。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table([
        ("产出指标", "数量指标", "食品安全监督抽检批次", ">=1200批次"),
        (None, None, "食品快检批次", ">=3,000批次"),
        (None, None, "抽检品种覆盖率",
         mk(">=96", "T105", "warning", alt=("T116", "T104"),
            note="a rate without %: the 0–100 figure is clear, % left out")),
        (None, "质量指标", "抽检程序合规率",
         mk("≥≥98%", "T116", "warning", note="the operator typed twice")),
        (None, None, "不合格食品核查处置率", "=100%"),
        (None, "时效指标", "抽检结果公示时限", "<=20个工作日"),
        (None, "成本指标", "单批次抽检检验费用", "<=1200元/批次"),
        ("效益指标", "社会效益指标", "食品安全事故发生率",
         mk(">=1%", "T108", "warning", row=True, note="an accident rate takes ≤, not ≥")),
        (None, None, "抽检信息公开率", "=100%"),
        (None, "可持续影响指标", "食品安全风险防控能力", "有效提升"),
        ("满意度指标", "服务对象满意度指标", "群众对食品安全满意度", ">85%"),
    ], merged=(1, 2))  # fmt: skip
    signature(s, filled=day(2026, 11, 3), phone="0877-6052413", who="段晓琳", checker="普志华")
    return b


def _operator_table(s: Sheet, heads: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    s.row(*heads)
    s.table(rows, merged=(1, 2))


@variant("ii04-operator-column-ok", (1, 11), "project, NAT-2021, 比较符 column typed as >=, ＞＝, "
         "大于等于, 定性; a unit and a 指标方向 column; "
         "percent cells and a text-typed number")  # fmt: skip
def ii04() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标表", (14, 16, 26, 10, 12, 12, 12))
    project_head(s, year=2027, name="统计数据质量核查及统计执法检查", dept="丰禾县统计局",
                 unit="丰禾县统计局", money=one_year_money(45),
                 goals=["对150家规模以上企业开展统计执法检查，核查联网直报报表2400份，"
                        "提高源头数据质量。"])  # fmt: skip
    _operator_table(s, ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位",
                        "指标方向"), [
        ("产出指标", "数量指标", "统计执法检查企业数", ">=", 150, "家", "正向"),
        (None, None, "联网直报报表核查份数", "＞＝", money(2400, "#,##0"), "份", "正向"),
        (None, "质量指标", "执法检查程序合规率", "大于等于", pct(0.98, "0.0%"), "%", "正向"),
        (None, None, "核查问题整改率", "≥", "95", "%", "正向"),
        (None, "时效指标", "核查报告报送时限", "<=", 15, "个工作日", "反向"),
        ("成本指标", "经济成本指标", "每家企业执法检查成本", "<=", 800, "元/家", "反向"),
        ("效益指标", "社会效益指标", "企业统计数据差错率", "<=", pct(0.02), "%", "反向"),
        (None, None, "企业依法统计意识", "定性", "明显增强", None, "定性"),
        (None, "可持续影响指标", "数据质量控制长效机制", "定性", "逐步健全", None, "定性"),
        ("满意度指标", "服务对象满意度指标", "被检查企业满意度", "≥", pct(0.9), "%", "正向"),
    ])  # fmt: skip
    notes(s, "填报说明：比较符填写“≥”“≤”“=”或“定性”，指标值为定性时计量单位不填。", width=7)
    return b


@variant("ii05-operator-column-wrong", (1, 11), "project, NAT-2021, 指标性质 as direction and a "
         "比较符 column: a rate above 100, ≥ on a 反向 rate, a rate given in 人次")  # fmt: skip
def ii05() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 26, 10, 8, 10, 10))
    project_head(s, year=2027, name="馆藏档案数字化加工", dept="云陂市档案馆",
                 unit="云陂市档案馆", money=one_year_money(90),
                 goals=["完成馆藏重点档案数字化扫描120万页，修裱破损档案3000页，"
                        "提升档案在线利用水平。"])  # fmt: skip
    _operator_table(s, ("一级指标", "二级指标", "三级指标", "指标性质", "比较符", "指标值",
                        "度量单位"), [
        ("产出指标", "数量指标", "档案数字化扫描页数", "正向", "≥", 120, "万页"),
        (None, None, "破损档案修裱页数", "正向", "≥", money(3000, "#,##0"), "页"),
        (None, "质量指标", "数字化成果验收合格率", "正向", "≥",
         mk(120, "T106", "error", row=True, note="a pass rate cannot exceed 100%"), "%"),
        (None, None, "档案实体损毁率", "反向",
         mk("≥", "T108", "warning", row=True, note="a damage rate takes ≤"), 0.5, "%"),
        (None, "时效指标", "数字化加工周期", "反向", "≤", 10, "个月"),
        ("成本指标", "经济成本指标", "单页扫描加工成本", "反向", "≤", 0.6, "元/页"),
        ("效益指标", "社会效益指标", "数字档案在线利用率", "正向", "≥",
         mk(3000, "T105", "error", row=True, alt=("T112",),
            note="a rate given as a count of 人次"), "人次"),
        (None, "可持续影响指标", "档案信息化管理水平", "正向", None, "持续提升", None),
        ("满意度指标", "服务对象满意度指标", "查档群众满意度", "正向", "≥", 92, "%"),
    ])  # fmt: skip
    signature(s, filled=day(2026, 11, 20), phone="0599-7316042", who="林芳菲", checker="谢建新")
    return b


_II06_ROWS: list[tuple[Any, ...]] = [
    ("产出指标", "数量指标", "人民调解案件补贴件数", "≥1,200件。"),
    (None, None, "调解员业务培训", "≥4期（含线上）"),
    (None, "质量指标", "调解协议履行率", "≥95%（含）"),
    (None, None, "以案定补卷宗规范率", "≥90%。"),
    (None, "时效指标", "补贴资金发放时间", "季度结束后30日内"),
    ("成本指标", "经济成本指标", "单件调解补贴标准", "≤300元/件"),
    ("效益指标", "社会效益指标", "民间纠纷化解率", "≥96%"),
    (None, None, "因民间纠纷引发的刑事案件数", "同比下降"),
    (None, "可持续影响指标", "人民调解员队伍稳定性", "持续增强"),
    ("满意度指标", "服务对象满意度指标", "纠纷当事人满意度", "≥90%"),
]


def _ii06_sheet(b: Book, title: str) -> None:
    s = b.sheet(title, (14, 18, 28, 20, 16, 16))
    project_head(s, year=2027, name="人民调解以案定补", dept="石岭县司法局",
                 unit="石岭县司法局", money=one_year_money(40),
                 goals=["对全县人民调解组织成功调解的1200件矛盾纠纷按件补贴，"
                        "培训人民调解员4期，提升基层矛盾纠纷化解能力。"])  # fmt: skip
    head = s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table(_II06_ROWS, merged=(1, 2))
    signature(s, filled=day(2026, 11, 6), phone="0792-5561830", who="胡晓蕾", checker="周国庆")
    s.ws.print_title_rows = f"{head}:{head}"


@variant("ii06-printed-copy-ok", (4, 7), "project, NAT-2021, the same table twice: the working "
         "sheet and its printed copy (打印版); "
         "values with a trailing 。 and notes (含)")  # fmt: skip
def ii06() -> Book:
    b = Book()
    _ii06_sheet(b, "绩效目标表")
    _ii06_sheet(b, "打印版")
    return b
