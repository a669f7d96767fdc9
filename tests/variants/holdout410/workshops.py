"""Returns xd01–xd06: batik (蜡染) craft workshops in the villages of 溪篁县."""

from __future__ import annotations

from tests.variants.holdout410.common import YEAR, funds, indicators, period_funds, project
from tests.variants.holdout410.common import start as new
from tests.variants.holdout410.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
PERIOD_HEAD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant(
    "xd01-workshop-percent",
    (1, 12),
    "project, OLD-NAT, operator and unit columns, percent cells typed in Excel, 万元 in the "
    "number format, unit cost × count equal to the budget (correct)",
)
def xd01() -> Book:
    b, s = new()
    project(s, "蜡染传承工坊建设项目", "溪篁县非物质文化遗产保护中心", funds(120, 100, 20),
            "在6个行政村建成蜡染传承工坊，带动农村妇女居家灵活就业。")  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "新建蜡染传承工坊数量", "≥", 6, "个"),
        (None, None, "工坊配备染缸及操作台", "≥", 36, "套"),
        (None, "质量指标", "工坊设备验收合格率", "≥", pct(0.95), None),
        (None, "时效指标", "工坊建成投用时间", "≤", day(YEAR, 10, 31, CN_DATE), None),
        (None, "成本指标", "单个工坊建设补助标准", "≤", 20, "万元/个"),
        ("效益指标", "经济效益指标", "参与妇女人均年增收", "≥", 3000, "元"),
        (None, "社会效益指标", "带动农村妇女就业人数", "≥", 180, "人"),
        (None, "可持续影响指标", "工坊持续运营年限", "≥", 3, "年"),
        ("满意度指标", "服务对象满意度指标", "参与妇女满意度", "≥", pct(0.9), None),
    ])  # fmt: skip
    return b


@variant(
    "xd02-workshop-rate-wrong",
    (1, 11),
    "project, OLD-NAT, operator and unit columns, percent cells: a pass rate typed as 105% "
    "and a defect rate with ≥",
)
def xd02() -> Book:
    b, s = new()
    project(s, "蜡染工坊生产设备购置项目", "溪篁县非物质文化遗产保护中心", funds(64, 50, 14),
            "为8个蜡染工坊购置恒温熔蜡炉和晾晒架，提高成品率。")  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "购置恒温熔蜡炉", "≥", 16, "台"),
        (None, None, "购置不锈钢晾晒架", "≥", 40, "组"),
        (None, "质量指标",
         "设备验收合格率", "≥", mk(pct(1.05), "T106", "error", note="合格率不能超过100%"), None),
        (None, None, "蜡染产品次品率",
         mk("≥", "T108", "warning", row=True, note="次品率是反向指标，应为≤"), pct(0.03), None),
        (None, "时效指标", "设备安装调试完成时间", "≤", day(YEAR, 6, 30, CN_DATE), None),
        (None, "成本指标", "熔蜡炉单价", "≤", 2.5, "万元/台"),
        ("效益指标", "经济效益指标", "工坊月均产值增长率", "≥", pct(0.15), None),
        (None, "社会效益指标", "吸纳农村妇女务工人数", "≥", 120, "人"),
        ("满意度指标", "服务对象满意度指标", "工坊妇女满意度", "≥", pct(0.9), None),
    ])  # fmt: skip
    return b


@variant(
    "xd03-stacked-workshops",
    (2,),
    "two projects stacked in one sheet, OLD-NAT, one value column, the same indicator "
    "name with different values in each project (correct)",
)
def xd03() -> Book:
    b, s = new("绩效目标表")
    project(s, "蜡染工坊展销厅改造项目", "溪篁县文化馆", funds(45, 40, 5),
            "改造县城蜡染展销厅1处，全年举办展销活动不少于10场。")  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "改造展销厅面积", "≥300平方米"),
        (None, None, "举办蜡染展销活动", "≥10场"),
        (None, "质量指标", "改造工程验收合格率", pct(1)),
        (None, "时效指标", "展销厅开放时间", "2025年9月30日前"),
        (None, "成本指标", "改造单价", "≤1200元/平方米"),
        ("效益指标", "社会效益指标", "展销活动参观人次", "≥8000人次"),
        ("满意度指标", "服务对象满意度指标", "参展工坊满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project(s, "蜡染工坊电商直播培育项目", "溪篁县妇女儿童活动中心", funds(30, 30, 0),
            "培育蜡染工坊电商主播20名，开设线上店铺6家。", title="")  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "培育电商主播", "≥20人"),
        (None, None, "开设线上店铺", "≥6家"),
        (None, "质量指标", "主播考核合格率", "≥85%"),
        (None, "时效指标", "培育完成时间", "2025年11月30日前"),
        (None, "成本指标", "人均培育成本", "≤1.2万元/人"),
        ("效益指标", "经济效益指标", "线上销售额", "≥60万元"),
        ("满意度指标", "服务对象满意度指标", "参展工坊满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant(
    "xd04-stacked-money-wrong",
    (2, 12),
    "two projects stacked, OLD-NAT, one value column: the second project's 资金总额 is not "
    "财政拨款 + 其他资金, and one coverage rate is given as a count",
)
def xd04() -> Book:
    b, s = new("绩效目标表")
    project(s, "蜡染传承人带徒补助项目", "溪篁县非物质文化遗产保护中心", funds(24, 24, 0),
            "资助12名县级以上蜡染传承人各带徒4名。")  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "资助蜡染传承人", "≥12人"),
        (None, None, "带徒人数", "≥48人"),
        (None, "质量指标", "学徒出师考核合格率", "≥80%"),
        (None, "成本指标", "传承人带徒补助标准", "≤2万元/人"),
        ("效益指标", "可持续影响指标", "蜡染技艺传承梯队", "逐步完善"),
        ("满意度指标", "服务对象满意度指标", "学徒满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(45, "B101", "error", note="财政拨款30 + 其他资金10 = 40，不是45")
    project(s, "蜡染纹样数字化建档项目", "溪篁县档案馆", funds(total, 30, 10),
            "对全县传统蜡染纹样拍摄建档并建立纹样库。", title="")  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "采集传统纹样", "≥600幅"),
        (None, "质量指标", "纹样档案著录覆盖率",
         mk("12个村", "T105", "error", note="覆盖率应为百分比，写成了村数")),
        (None, "时效指标", "纹样库上线时间", "2025年12月20日前"),
        (None, "成本指标", "单幅纹样采集成本", "≤500元/幅"),
        ("效益指标", "社会效益指标", "纹样库开放查询次数", "≥3000次"),
        ("满意度指标", "服务对象满意度指标", "工坊使用者满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "xd05-multi-year-leaders",
    (8,),
    "three-year project, OLD-NAT, 中期 and 年度 value columns, cumulative counts smaller "
    "in the year, rates equal in both (correct)",
)
def xd05() -> Book:
    b, s = new()
    goals = ["三年培育蜡染产业带头人60名，建成县级蜡染示范工坊10个。",
             "2025年培育蜡染产业带头人20名，建成示范工坊4个。"]  # fmt: skip
    project(
        s,
        "蜡染产业带头人培育三年行动",
        "溪篁县妇女儿童活动中心",
        period_funds((300, 240, 60), (100, 80, 20)),
        goals,
        years=3,
        attr="新增项目",
    )
    indicators(s, PERIOD_HEAD, [
        ("产出指标", "数量指标", "培育蜡染产业带头人", "≥60人", "≥20人"),
        (None, None, "建成县级蜡染示范工坊", "≥10个", "≥4个"),
        (None, "质量指标", "带头人结业考核合格率", pct(0.9), pct(0.9)),
        (None, "时效指标", "年度培育任务完成时间", "每年12月31日前", "2025年12月31日前"),
        (None, "成本指标", "带头人培育补助标准", "≤1.5万元/人", "≤1.5万元/人"),
        ("效益指标", "经济效益指标", "带动妇女户均增收", "≥4000元", "≥3000元"),
        (None, "社会效益指标", "带动农村妇女就业", "≥600人", "≥200人"),
        ("满意度指标", "服务对象满意度指标", "带头人满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "xd06-multi-year-copied",
    (8,),
    "three-year project, OLD-NAT, 中期 and 年度 columns: 年度目标 copied from 中期目标, an "
    "annual count above its period count, a cumulative count copied",
)
def xd06() -> Book:
    b, s = new()
    text = "三年内开发蜡染文创产品45款，培训农村妇女600人次，打造“溪篁蓝”区域品牌。"
    goals = [text, mk(text, "D204", "warning", note="三年期项目，年度目标照抄中期目标")]
    project(s, "溪篁蓝蜡染文创开发项目", "溪篁县文化馆",
            period_funds((150, 120, 30), (50, 40, 10)), goals, years=3)  # fmt: skip
    indicators(s, PERIOD_HEAD, [
        ("产出指标", "数量指标", "开发蜡染文创产品款式", "≥45款",
         mk("≥50款", "D201", "error", note="年度值大于三年的中期值")),
        (None, None, "培训农村妇女",
         "≥600人次", mk("≥600人次", "D202", "warning", note="累计数照抄中期值")),
        (None, "质量指标", "文创产品抽检合格率", "≥95%", "≥95%"),
        (None, "成本指标", "单款产品开发费用", "≤0.8万元/款", "≤0.8万元/款"),
        ("效益指标", "经济效益指标", "文创产品销售收入", "≥200万元", "≥50万元"),
        ("满意度指标", "服务对象满意度指标", "参训妇女满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b
