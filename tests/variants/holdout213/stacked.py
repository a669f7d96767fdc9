"""Several small projects stacked in one sheet, each with its own head and money: 文化站, 社区
养老, 综治, 村镇建设 and 应急 (po06–po10)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout213.common import (
    ONE,
    TWO,
    book,
    indicators,
    notes,
    one_year_money,
    period_money,
    sign,
    wan,
)
from tests.variants.holdout213.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

TOWN = "青岚市白鹭镇人民政府（517）"
OPS = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")


@variant("po06-stacked-culture-station", (2,), "three one-year 文化站 projects stacked, NAT-2021, "
         "one value column; 群众满意度 in all three with different values, 单个广场维护费 × 8 = "
         "the money (correct)")  # fmt: skip
def po06() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="村级文化广场设施维护项目", dept=TOWN, unit="青岚市白鹭镇综合文化站",
        title="2026年度项目支出绩效目标表（白鹭镇综合文化站）",
        money=one_year_money(wan(24), wan(24), wan(0)),
        goals=["维护8个村级文化广场健身器材及灯光音响设施，设施完好率达到95%以上。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "维护村级文化广场数", "≥8个"),
        (None, "质量指标", "文化广场设施完好率", "≥95%"),
        (None, "时效指标", "维护工作完成时间", "2026年6月30日前"),
        ("成本指标", "经济成本指标", "单个广场维护费用", "≤3万元/个"),
        ("效益指标", "社会效益指标", "文化广场受益村民人数", "≥6000人"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2026, name="农家书屋提升项目", dept=TOWN, unit="青岚市白鹭镇综合文化站",
        title="", money=one_year_money(wan(12), wan(10), wan(2)),
        goals=["为12个农家书屋更新图书3000册，开展阅读推广活动24场。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "更新图书册数", "≥3000册"),
        (None, None, "开展阅读推广活动场次", "≥24场"),
        (None, "质量指标", "图书分类上架规范率", "≥95%"),
        (None, "时效指标", "图书更新完成时间", "2026年9月30日前"),
        ("成本指标", "经济成本指标", "图书采购平均单价", "≤30元/册"),
        ("效益指标", "社会效益指标", "农家书屋图书借阅量增长率", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥92%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2026, name="非遗传承活动项目", dept=TOWN, unit="青岚市白鹭镇综合文化站",
        title="", money=one_year_money(wan(8), wan(8), wan(0)),
        goals=["举办非遗展演4场，培训传承学员40人。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "非遗展演场次", "≥4场"),
        (None, None, "培训传承学员人数", "≥40人"),
        (None, "质量指标", "学员培训结业率", "≥90%"),
        (None, "时效指标", "展演活动完成时间", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "单场展演费用", "≤1.5万元/场"),
        ("效益指标", "社会效益指标", "非遗项目社会知晓率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥88%"),
    ])  # fmt: skip
    sign(s, "蓝佳音", "詹国栋", (2025, 12, 2))
    return b


@variant("po07-stacked-rate-count", (2,), "two one-year 社区养老 projects stacked, NAT-2021, one "
         "value column: the second project's 覆盖率 written 320人 (the goal says "
         "80%以上)")  # fmt: skip
def po07() -> Book:
    b, s = book("绩效目标表")
    dept = "白沙河区柳岸街道办事处（608）"
    project_head(
        s, year=2026, name="社区居家养老上门服务补助项目", dept=dept,
        unit="白沙河区柳岸街道社区服务中心", title="2026年度项目支出绩效目标申报表",
        money=one_year_money(wan(90), wan(80), wan(10)),
        goals=["为辖区320名高龄、失能老人提供居家养老上门服务，服务老人满意度达到90%以上。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "上门服务老人数", "≥320人"),
        (None, "质量指标", "服务记录完整率", "≥95%"),
        (None, "时效指标", "上门服务响应时间", "≤24小时"),
        ("成本指标", "经济成本指标", "人均年度服务补贴", "≤2800元/人"),
        ("效益指标", "社会效益指标", "失能老人照护需求满足率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "服务老人满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    goal = "新建社区助餐点3个，助餐服务覆盖辖区80%以上的高龄老人。"
    project_head(
        s, year=2026, name="社区助餐点建设项目", dept=dept, unit="白沙河区柳岸街道社区服务中心",
        title="", attr="新增项目", money=one_year_money(wan(36), wan(36), wan(0)),
        goals=[mk(goal, "D104", "warning", required=False, note="80%以上 against 320人")],
    )  # fmt: skip
    count = mk(mk("320人", "T105", "error", note="a 覆盖率 needs a percentage"), "D104",
               "warning", row=True, required=False, note="the goal's 80%以上")  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "新建社区助餐点数", "≥3个"),
        (None, "质量指标", "助餐点食品安全检查合格率", pct(1)),
        (None, "时效指标", "助餐点建成投用时间", "2026年8月31日前"),
        ("成本指标", "经济成本指标", "单个助餐点建设补助", "≤12万元/个"),
        ("效益指标", "社会效益指标", "高龄老人助餐服务覆盖率", count),
        ("满意度指标", "服务对象满意度指标", "就餐老人满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("po08-stacked-date-outside", (2,), "three one-year 综治 projects stacked, NAT-2021, one "
         "value column: the second project's training deadline is 2027年3月31日 (the goal says "
         "年底前); 群众安全感满意度 in two projects with different values")  # fmt: skip
def po08() -> Book:
    b, s = book("Sheet1")
    dept, unit = "临溪县芦汀乡人民政府（731）", "临溪县芦汀乡综治中心"
    project_head(
        s, year=2026, name="网格化服务管理项目", dept=dept, unit=unit,
        money=one_year_money(wan(42), wan(42), wan(0)),
        goals=["划分网格36个，配备专职网格员36名，网格事件办结率达到95%以上。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "规范运行网格数", "≥36个"),
        (None, None, "专职网格员配备人数", "≥36名"),
        (None, "质量指标", "网格事件办结率", "≥95%"),
        (None, "时效指标", "网格事件响应时间", "≤2小时"),
        ("成本指标", "经济成本指标", "网格员人均年度补贴", "≤1.1万元/人"),
        ("效益指标", "社会效益指标", "矛盾纠纷就地化解率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "群众安全感满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    goal = "全年调解矛盾纠纷不少于300件，调解成功率95%以上，年底前完成人民调解员培训60人次。"
    project_head(
        s, year=2026, name="矛盾纠纷多元调解项目", dept=dept, unit=unit, title="",
        money=one_year_money(wan(15), wan(12), wan(3)),
        goals=[mk(goal, "D104", "warning", required=False, note="年底前 against 2027")],
    )  # fmt: skip
    late = mk(mk("2027年3月31日前", "Y102", "error", alt=("Y103",),
                 note="a one-year 2026 project: the deadline lies after the year"),
              "D104", "warning", row=True, required=False, note="the goal says 年底前")  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "调解矛盾纠纷件数", "≥300件"),
        (None, None, "培训人民调解员人次", "≥60人次"),
        (None, "质量指标", "调解成功率", "≥95%"),
        (None, "时效指标", "调解员培训完成时间", late),
        ("成本指标", "经济成本指标", "单件调解案件补贴", "≤300元/件"),
        ("效益指标", "社会效益指标", "矛盾纠纷重复信访率", "≤5%"),
        ("满意度指标", "服务对象满意度指标", "当事人满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2026, name="公共区域视频监控运维项目", dept=dept, unit=unit, title="",
        money=one_year_money(wan(18), wan(18), wan(0)),
        goals=["运行维护公共区域视频监控点位120个，设备完好率98%以上。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "运维视频监控点位数", "≥120个"),
        (None, "质量指标", "监控设备完好率", "≥98%"),
        (None, "时效指标", "设备故障修复时间", "≤24小时"),
        ("成本指标", "经济成本指标", "单个点位年度运维费用", "≤1500元/个"),
        ("效益指标", "社会效益指标", "公共区域治安案件数量下降率", "≥5%"),
        ("满意度指标", "服务对象满意度指标", "群众安全感满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant("po09-stacked-operator-columns", (2, 4), "two one-year 村镇建设 projects stacked, "
         "NAT-2021, operator and unit columns, deadlines as date cells, 定性 rows, 填表说明 and a "
         "signature; 造价 × 里程 and 补助 × 座数 equal the money (correct)")  # fmt: skip
def po09() -> Book:
    b, s = book("Sheet1", (14, 16, 28, 10, 16, 12))
    dept, unit = "青岚市云岫镇人民政府（522）", "青岚市云岫镇村镇建设办公室"
    project_head(
        s, year=2026, name="村内道路硬化项目", dept=dept, unit=unit,
        money=one_year_money(wan(260), wan(200), wan(60)),
        goals=["硬化村内道路6.5公里，工程验收合格率100%，2026年10月31日前完工。"],
    )  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "硬化村内道路里程", "≥", 6.5, "公里"),
        (None, "质量指标", "工程验收合格率", "=", 100, "%"),
        (None, "时效指标", "工程完工时间", "≤", day(2026, 10, 31, CN_DATE), None),
        ("成本指标", "经济成本指标", "每公里道路硬化造价", "≤", 40, "万元/公里"),
        ("效益指标", "社会效益指标", "道路硬化受益农户数", "≥", 850, "户"),
        (None, "可持续影响指标", "道路管护责任落实情况", "定性", "到位", None),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥", 90, "%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2026, name="农村公厕改造项目", dept=dept, unit=unit, title="",
        money=one_year_money(wan(48), wan(48), wan(0)),
        goals=["改造农村公厕16座，公厕粪污无害化处理率达到95%以上。"],
    )  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "改造农村公厕数", "≥", 16, "座"),
        (None, "质量指标", "公厕改造验收合格率", "=", 100, "%"),
        (None, "时效指标", "公厕改造完成时间", "≤", day(2026, 9, 30, CN_DATE), None),
        ("成本指标", "经济成本指标", "单座公厕改造补助", "≤", 3, "万元/座"),
        ("效益指标", "生态效益指标", "公厕粪污无害化处理率", "≥", 95, "%"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥", 90, "%"),
    ])  # fmt: skip
    notes(s, [
        "填表说明：1.比较符填写≥、≤、=或定性；2.指标值填写数值、日期或定性等级；"
        "3.计量单位单独一列填写。",
    ])  # fmt: skip
    sign(s, "覃海波", "施雅琴", (2025, 12, 5))
    return b


@variant("po10-stacked-two-periods", (2, 8), "two multi-year 应急 projects stacked (two and "
         "three years), NAT-2021, 中期 and 年度 columns; unit costs × counts equal both money "
         "columns, 受害率 ≤0.5‰ (correct)")  # fmt: skip
def po10() -> Book:
    b, s = book("Sheet1")
    dept, unit = TOWN, "青岚市白鹭镇应急管理办公室"
    project_head(
        s, year=2026, years=2, name="老旧小区消防设施改造项目", dept=dept, unit=unit,
        money=period_money((wan(120), wan(100), wan(20)), (wan(70), wan(60), wan(10))),
        goals=["两年完成12个老旧小区消防设施改造，新增室外消火栓60个。",
               "2026年完成7个老旧小区消防设施改造，新增室外消火栓35个。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "改造老旧小区数", "≥12个", "≥7个"),
        (None, None, "新增室外消火栓数", "≥60个", "≥35个"),
        (None, "质量指标", "消防设施验收合格率", pct(1), pct(1)),
        (None, "时效指标", "改造完成时间", "2027年12月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "单个小区改造费用", "≤10万元/个", "≤10万元/个"),
        ("效益指标", "社会效益指标", "改造受益居民户数", "≥2400户", "≥1400户"),
        ("满意度指标", "服务对象满意度指标", "小区居民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2026, years=3, name="森林防火能力提升项目", dept=dept, unit=unit, title="",
        money=period_money((wan(90), wan(90), wan(0)), (wan(30), wan(30), wan(0))),
        goals=["三年建成森林防火检查站6个，配备扑火机具300套，森林火灾受害率控制在0.5‰以内。",
               "2026年建成森林防火检查站2个，配备扑火机具100套，森林火灾受害率控制在0.5‰以内。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "建成森林防火检查站数", "≥6个", "≥2个"),
        (None, None, "配备扑火机具套数", "≥300套", "≥100套"),
        (None, "质量指标", "扑火机具验收合格率", pct(1), pct(1)),
        (None, "时效指标", "检查站建成时间", "2028年10月31日前", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "单个检查站建设费用", "≤8万元/个", "≤8万元/个"),
        (None, None, "扑火机具采购单价", "≤1400元/套", "≤1400元/套"),
        ("效益指标", "生态效益指标", "森林火灾受害率", "≤0.5‰", "≤0.5‰"),
        ("满意度指标", "服务对象满意度指标", "林区群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b
