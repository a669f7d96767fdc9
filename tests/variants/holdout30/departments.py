"""Department tables (部门整体): a street office with few indicators, a township whose money
does not add up, a county emergency management bureau with budget shares and key tasks."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout30.common import indicators, sign
from tests.variants.holdout30.registry import variant
from tests.variants.kit import WAN, Book, mk, money, ok, pct

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("in07-street-office-ok", (5, 12), "department, 街道办, 满意度 merged across")
def in07() -> Book:
    """Correct: a street office's department table; its money adds up, the tasks add up to
    项目支出, six indicators only, and the 满意度 label merged across the tier-1 and tier-2
    columns (the office's way; a reviewer reads it as 满意度指标 / 服务对象满意度)."""
    b = Book()
    s = b.sheet("部门整体绩效目标")
    department_head(
        s,
        year=2026,
        dept="青梧县城东街道办事处",
        budget=[(money(486.5), money(470.5), money(16), money(352.3), money(134.2))],
        tasks=[
            (
                "网格化社会治理",
                "31个网格配备专职网格员，开展矛盾纠纷排查",
                money(58.2),
                "矛盾纠纷调处率≥95%",
            ),
            (
                "安全生产与消防巡查",
                "辖区九小场所和出租屋消防安全检查",
                money(41),
                "全年检查不少于480家次",
            ),
            ("社区居家养老服务", "3个社区日间照料中心运营补助", money(35), "服务老人不少于600人次"),
            ("金额合计", None, money(134.2), None),
        ],
        goal="完成辖区安全生产和消防巡查不少于480家次，组织应急疏散演练12次，"
        "全年不发生较大及以上安全事故，居民满意度不低于90%。",
    )
    indicators(
        s,
        HEAD,
        [
            ("产出指标", "数量指标", "开展安全生产和消防检查", "≥480家次"),
            (None, None, "组织社区应急疏散演练", "≥12次"),
            (None, "质量指标", "检查发现隐患整改完成率", "100%"),
            (None, "时效指标", "群众诉求办结时限", "≤5个工作日"),
            ("成本指标", "经济成本指标", "网格员年均补助标准", "≤1.8万元/人"),
            ("效益指标", "社会效益指标", "较大及以上安全事故", "0起"),
        ],
    )
    r = s.row(ok("满意度指标"), None, "辖区居民满意度", "≥90%", merge=[(1, 2)])
    assert r
    sign(s, 2026, "马某", "徐某", "0745-3310026")
    return b


@variant("in08-township-money-wrong", (12,), "department, 乡镇, money and tasks, no 满意度")
def in08() -> Book:
    """Wrong: 基本支出 + 项目支出 ≠ 资金总额, the tasks do not add up to 金额合计, and no
    满意度指标 although the work has users (villagers)."""
    b = Book()
    s = b.sheet("Sheet1")
    department_head(
        s,
        year=2026,
        dept="石门乡人民政府",
        budget=[
            (
                mk(money(612), "B101", "error", row=True),
                money(590),
                money(22),
                money(401.6),
                money(205.4),
            )
        ],
        tasks=[
            ("防汛抗旱物资储备", "6个储备点物资补充及轮换", money(45), "储备点物资完好率≥95%"),
            ("森林防火巡护", "聘用护林员42人开展巡山护林", money(62.4), "不发生较大森林火灾"),
            ("农村道路安全隐患治理", "临水临崖路段安装护栏", money(80), "完成隐患路段整治18处"),
            ("金额合计", None, mk(money(205.4), "B102", "error", row=True), None),
        ],
        goal="做好防汛抗旱和森林防火，完成隐患路段整治18处，全年因灾死亡人数为零。",
    )
    indicators(
        s,
        HEAD,
        [
            ("产出指标", "数量指标", "防汛物资储备点", "≥6个"),
            (None, None, "整治临水临崖隐患路段", "≥18处"),
            (None, "质量指标", "防汛物资完好率", "≥95%"),
            (None, "时效指标", "汛情信息上报时间", "≤30分钟"),
            ("成本指标", "经济成本指标", "护林员补助标准", "≤1200元/人·月"),
            ("效益指标", "社会效益指标", "因自然灾害死亡人数", "0人"),
            (None, "生态效益指标", "森林火灾受害率", "≤0.8‰"),
        ],
    )
    b.file_mark("F106", "error", note="满意度指标 missing")
    return b


@variant("in11-emergency-bureau-ok", (1, 4, 12), "department, 应急管理局, shares, tasks, notes")
def in11() -> Book:
    """Correct: budget with a 占比 line (0.0%), tasks adding to 项目支出, zero and 不发生
    targets, a death rate per 亿元 GDP, a 注 line and signatures."""
    b = Book()
    s = b.sheet("部门整体支出绩效目标表")
    p = "0.0%"
    department_head(
        s,
        year=2026,
        dept="梧川县应急管理局",
        budget=[
            (
                money(1286.4, WAN),
                money(1206.4, WAN),
                money(80, WAN),
                money(512.9, WAN),
                money(773.5, WAN),
            ),
            (pct(1.0, p), pct(0.9378, p), pct(0.0622, p), pct(0.3987, p), pct(0.6013, p)),
        ],
        tasks=[
            (
                "安全生产监管执法",
                "危化品、非煤矿山、工贸企业执法检查",
                money(215),
                "执法检查企业不少于420家",
            ),
            (
                "应急救援队伍建设",
                "县综合应急救援队训练、装备补充",
                money(318.5),
                "队伍接警60秒内出动",
            ),
            (
                "自然灾害防治",
                "地质灾害隐患点监测、防汛物资储备",
                money(240),
                "不发生因灾群死群伤事件",
            ),
            ("金额合计", None, money(773.5), None),
        ],
        goal="目标1：安全生产形势持续稳定，不发生较大及以上生产安全事故。\n"
        "目标2：应急救援能力有效提升，全年组织综合应急演练不少于4次。\n"
        "目标3：自然灾害预警信息及时发布，及时率不低于98%。",
    )
    indicators(
        s,
        HEAD,
        [
            ("产出指标", "数量指标", "安全生产执法检查企业", "≥420家"),
            (None, None, "组织综合应急演练", "≥4次"),
            (None, None, "开展防灾减灾宣传活动", "≥30场"),
            (None, "质量指标", "重大事故隐患整改率", "=100%"),
            (None, None, "自然灾害预警信息发布及时率", "≥98%"),
            (None, "时效指标", "突发事件信息首报时间", "≤30分钟"),
            (None, None, "救援队伍接警出动时间", "≤60秒"),
            ("成本指标", "经济成本指标", "应急救援队员年均训练经费", "≤1.2万元/人"),
            ("效益指标", "社会效益指标", "较大及以上生产安全事故", "不发生"),
            (None, None, "亿元地区生产总值生产安全事故死亡率", "≤0.02人/亿元"),
            (None, "可持续影响指标", "基层应急管理能力", "有效提升"),
            ("满意度指标", "服务对象满意度指标", "企业和群众满意度", "≥90%"),
        ],
    )
    s.row("注：生产安全事故死亡率以县统计局公布的地区生产总值计算。", merge=[(1, 6)])
    sign(s, 2026, "罗某", "陈某", "0736-5520110")
    return b
