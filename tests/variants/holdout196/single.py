"""One-year project tables: inline operators, percent cells, an operator and unit column with a
依据 column, operator words with a weight column, OLD-NAT with footnotes (ox01–ox06)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout196.common import (
    ONE,
    OPS,
    book,
    indicators,
    note,
    one_year_money,
    sign,
    text,
    wan,
)
from tests.variants.holdout196.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct


@variant("ox01-goal-says-12000-checks", (1,), "one-year project, NAT-2021, inline operators: the "
         "年度绩效目标 names 健康体检12000人次, the indicator says ≥10000人次")  # fmt: skip
def ox01() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="老年人免费健康体检项目", dept="临溪县卫生健康局（302）",
        unit="临溪县基层卫生指导中心",
        money=one_year_money(wan(150), wan(150), wan(0)),
        goals=[mk("为辖区老年人提供免费健康体检12000人次，开展健康讲座24场，体检报告反馈率"
                  "达到100%，体检信息全部录入电子健康档案。", "D104", "warning",
                  required=False, note="the other end of the contradiction")],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "老年人健康体检人次",
         mk("≥10000人次", "D104", "warning", row=True,
            note="the 年度绩效目标 names 12000人次")),
        (None, None, "开展健康讲座场次", "≥24场"),
        (None, "质量指标", "体检报告反馈率", pct(1)),
        (None, "时效指标", "体检工作完成时间", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "人均体检费用", "≤120元/人次"),
        ("效益指标", "社会效益指标", "高血压糖尿病早期筛查人数", "≥2000人"),
        (None, "可持续影响指标", "老年人电子健康档案动态更新机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "体检老年人满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "程雨桐", "聂中和", "0596-77301852")
    return b


@variant("ox02-compliance-102-growth-households", (1,), "one-year project, OLD-NAT (成本指标 "
         "under 产出), inline operators and percent cells: a 达标率 typed 102%, a 增长率 "
         "written ≥600户")  # fmt: skip
def ox02() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="农村饮用水水质提升项目", dept="白沙河区水务局（508）",
        unit="白沙河区农村供水管理站",
        money=one_year_money(wan(260), wan(200), wan(60)),
        goals=["改造农村集中供水工程14处，水质检测覆盖全部集中供水工程，受益人口28000人。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "改造集中供水工程数", "≥14处"),
        (None, None, "开展水质检测次数", "≥56次"),
        (None, "质量指标", "出厂水水质达标率",
         mk(pct(1.02), "T106", "error", note="typed 102%: a 达标率 cannot pass 100%")),
        (None, None, "集中供水工程水质检测覆盖率", pct(1)),
        (None, "时效指标", "工程完工时间", "2026年11月30日前"),
        (None, "成本指标", "单处工程改造费用", "≤18万元/处"),
        ("效益指标", "社会效益指标", "受益人口", "≥28000人"),
        (None, None, "集中供水入户数增长率",
         mk("≥600户", "T105", "error", note="a 增长率 needs a percentage, not households")),
        (None, "可持续影响指标", "农村供水工程运行管护机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ox03-downtime-ge-install-next-year", (1, 11), "one-year project, NAT-2021, operator, "
         "unit and 指标值设定依据 columns: a 反向 停机率 with ≥, an installation deadline "
         "typed as the date 2027-03-31 in a 2026 one-year project")  # fmt: skip
def ox03() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 10, 16, 12, 14))
    project_head(
        s, year=2026, name="乡镇卫生院诊疗设备更新项目", dept="松岩县卫生健康局（306）",
        unit="松岩县卫生健康局", attr="一次性项目",
        money=one_year_money(wan(300), wan(240), wan(60)),
        goals=["为全县9家乡镇卫生院更新DR、彩超等诊疗设备36台，提升基层首诊能力。"],
    )  # fmt: skip
    indicators(s, (*OPS, "指标值设定依据"), [
        ("产出指标", "数量指标", "更新诊疗设备数", "≥", 36, "台", "计划标准"),
        (None, None, "覆盖乡镇卫生院数", "≥", 9, "家", "计划标准"),
        (None, "质量指标", "设备验收合格率", "=", 100, "%", "行业标准"),
        (None, None, "设备年故障停机率",
         mk("≥", "T108", "warning", row=True, note="a 停机率 is 反向: ≤ meant"), 2, "%",
         "历史标准"),
        (None, "时效指标", "设备安装调试完成时间", "≤",
         mk(day(2027, 3, 31, CN_DATE), "Y102", "error", alt=("Y103",),
            note="after the one-year project ends on 2026-12-31"), None, "计划标准"),
        ("成本指标", "经济成本指标", "设备平均采购单价", "≤", 8, "万元/台", "市场询价"),
        ("效益指标", "社会效益指标", "乡镇卫生院影像检查人次", "≥", 20000, "人次", "历史标准"),
        (None, "可持续影响指标", "设备维护保养制度", None, "健全", None, "其他标准"),
        ("满意度指标", "服务对象满意度指标", "就诊群众满意度", "≥", 90, "%", "行业标准"),
    ])  # fmt: skip
    return b


@variant("ox04-sorting-lookalikes", (1, 11), "one-year project, NAT-2021, inline operators: a "
         "100% 合格率 cell, a deadline written 2026.11 in a text cell, 投诉率 =0%, a 下降率 "
         "≥10%, unit costs × counts within the money (correct)")  # fmt: skip
def ox04() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="城市生活垃圾分类设施建设项目", dept="青岚市城市管理局（415）",
        unit="青岚市环境卫生管理处",
        money=one_year_money(wan(420), wan(380), wan(40)),
        goals=["在全市新建垃圾分类投放点180个，配置分类收集车辆12辆，生活垃圾回收利用率达到"
               "40%以上。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "新建垃圾分类投放点数", "≥180个"),
        (None, None, "配置分类收集车辆数", "≥12辆"),
        (None, "质量指标", "投放点建设验收合格率", pct(1)),
        (None, "时效指标", "投放点建设完成时间", text("2026.11")),
        ("成本指标", "经济成本指标", "单个投放点建设成本", "≤1.5万元/个"),
        (None, None, "分类收集车辆采购单价", "≤12万元/辆"),
        ("效益指标", "生态效益指标", "生活垃圾回收利用率", "≥40%"),
        (None, None, "生活垃圾填埋量下降率", "≥10%"),
        (None, "社会效益指标", "垃圾分类收运投诉率", "=0%"),
        ("满意度指标", "服务对象满意度指标", "市民满意度", "≥90%"),
    ])  # fmt: skip
    note(s, "注：投放点建设成本含分类桶、雨棚及洗手设施；收集车辆按政府采购程序购置。")
    return b


@variant("ox05-operator-words-weights", (10, 11, 12), "one-year project, NAT-2021, 指标性质 "
         "holding operator words, a unit column and a weight column adding to 100; 补助标准 "
         "600元/人 × 1500人 = the 90万元 exactly, 覆盖率 等于100, 闲置率 小于等于 "
         "(correct)")  # fmt: skip
def ox05() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 12, 12, 12, 8))
    project_head(
        s, year=2027, name="残疾人辅助器具适配补助项目", dept="鹤汀区残疾人联合会（611）",
        unit="鹤汀区残疾人服务中心",
        money=one_year_money(wan(90), wan(90), wan(0)),
        goals=["为1500名有需求的残疾人适配基本型辅助器具，每人补助标准600元，适配残疾人满意度"
               "达到90%以上。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位",
                   "权重"), [
        ("产出指标", "数量指标", "适配辅助器具残疾人数", "大于等于", 1500, "人", 15),
        (None, None, "开展适配评估服务场次", "大于等于", 30, "场", 10),
        (None, "质量指标", "辅助器具适配合格率", "大于等于", 98, "%", 10),
        (None, "时效指标", "补助资金发放周期", "小于等于", 20, "个工作日", 10),
        ("成本指标", "经济成本指标", "人均适配补助标准", "小于等于", 600, "元/人", 15),
        ("效益指标", "社会效益指标", "持证残疾人辅具需求评估覆盖率", "等于", 100, "%", 10),
        (None, None, "适配辅助器具闲置率", "小于等于", 5, "%", 10),
        (None, "可持续影响指标", "辅具适配回访机制", "定性", "健全", None, 10),
        ("满意度指标", "服务对象满意度指标", "适配残疾人满意度", "大于等于", 90, "%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, None, None, 100, merge=[(1, 6)])
    sign(s, "骆书航", "丁晚晴", "0597-62218843")
    return b


@variant("ox06-old-nat-footnotes", (1, 4), "one-year project, OLD-NAT, one value column, "
         "percent cells of 100% (达标率, 覆盖率), a deadline 11月底前, footnotes, a signature "
         "line and a fill date in the year before (correct)")  # fmt: skip
def ox06() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="农村中小学教室照明改造项目", dept="临溪县教育局（201）",
        unit="临溪县教育技术装备中心",
        money=one_year_money(wan(180), wan(150), wan(30)),
        goals=["完成全县46所农村中小学教室照明改造，改造教室920间，改造后教室照明达标率"
               "达到100%。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "改造农村中小学校数", "≥46所"),
        (None, None, "改造教室间数", "≥920间"),
        (None, "质量指标", "改造后教室照明达标率", pct(1)),
        (None, "时效指标", "照明改造工程完成时间", "11月底前"),
        (None, "成本指标", "单间教室改造费用", "≤1800元/间"),
        ("效益指标", "社会效益指标", "农村中小学教室照明改造覆盖率", pct(1)),
        (None, "可持续影响指标", "照明设施日常维护机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%"),
    ])  # fmt: skip
    note(s, "注：1. 金额单位为万元；2. 照明达标按国家中小学校教室照明卫生标准核定；")
    note(s, "3. 改造时间安排在暑期，避免影响正常教学。")
    sign(s, "邱子墨", "樊静怡", "0596-77425109", filled=day(2025, 11, 18, CN_DATE))
    return b
