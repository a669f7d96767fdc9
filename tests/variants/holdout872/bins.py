"""Returns about sorting bins and kiosks in residential areas (kgx01–kgx06)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout872.common import book, funds, funds2, indicators, notes, sign
from tests.variants.holdout872.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, ok, pct

H4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "kgx01-kiosk-points",
    (5, 10, 1),
    "project, NAT-2021, numbered tier labels with points and an indicator score column, "
    "a typed 100% cell, a rate change in 百分点, 0起 on an incident count (correct)",
)
def kgx01() -> Book:
    b, s = book()
    goal = (
        "在全区86个小区新建四分类投放亭120座（其中定时定点亭80座、误时投放点40座），"
        "居民分类投放准确率达到85%以上。"
    )
    project_head(s, year=2026, name="苇岸区小区四分类投放亭建设项目",
                 dept="苇岸区城市管理局（317）", unit="苇岸区环境卫生管理所",
                 money=funds(264, 264, 0), goals=[goal])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("一、产出指标（50分）", "1.数量指标", "新建四分类投放亭数量", "≥120座", 20),
        (None, "2.质量指标", "投放亭验收合格率", pct(1), 15),
        (None, "3.时效指标", "投放亭建成投用时间", "2026年9月30日前", 15),
        ("二、成本指标（10分）", "1.经济成本指标", "单座投放亭建设成本", "≤2.2万元/座", 10),
        ("三、效益指标（30分）", "1.社会效益指标", "居民分类投放准确率", "≥85%", 10),
        (None, None, "小区垃圾混投率降低", "≥5百分点", 10),
        (None, "2.可持续影响指标", "投放亭消防安全事故", "0起", 10),
        ("四、满意度指标（10分）", "1.服务对象满意度指标", "小区居民满意度", "≥90%", 10),
    ])  # fmt: skip
    notes(s, "注：一级指标分值与三级指标分值均按满分100分计，二者口径一致。")
    sign(s, "邵明澜", "0571-8630 2214", day(2025, 11, 14, CN_DATE))
    return b


@variant(
    "kgx02-bin-stations",
    (12, 11),
    "project, OLD-NAT, operator in words in 指标性质, unit column: a station count other "
    "than the goal's, a bin cost beyond the money, a deadline in the year before",
)
def kgx02() -> Book:
    b, s = book()
    goal = "更新小区分类垃圾桶3600只、建设分类桶站45座，2026年11月底前全部投入使用。"
    project_head(
        s,
        year=2026,
        name="石栎县城区小区分类桶站更新项目",
        dept="石栎县住房和城乡建设局",
        unit="石栎县市容环境卫生中心",
        money=funds(480, 480, 0),
        goals=[ok(goal, "warning", note="D104 may land at the goal instead of the row")],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "分类垃圾桶更新数量", "大于等于", 3600, "只"),
        (None, None, "分类桶站建设数量", "大于等于",
         mk(54, "D104", "warning", row=True, note="年度目标写建设桶站45座，指标为54座"), "座"),
        (None, "质量指标", "桶站验收合格率", "大于等于", 98, "%"),
        (None, "时效指标", "桶站完工时间", "小于等于",
         mk(day(2025, 11, 30, CN_DATE), "Y102", "error",
            note="2026年度项目的完工时限写成2025年11月30日，目标写2026年11月底"), None),
        (None, "成本指标", "单只分类垃圾桶采购成本", "小于等于",
         mk(0.15, "B107", "warning", row=True,
            note="0.15万元/只 × 3600只 = 540万元，超过年度资金480万元"), "万元/只"),
        ("效益指标", "社会效益指标", "居民分类投放参与率", "大于等于", 80, "%"),
        (None, "生态效益指标", "小区其他垃圾减量率", "大于等于", 8, "%"),
        ("满意度指标", "服务对象满意度指标", "小区居民满意度", "大于等于", 90, "%"),
    ])  # fmt: skip
    return b


@variant(
    "kgx03-stacked-demo-estates",
    (2,),
    "two projects stacked in one sheet, OLD-NAT, one value column, the same indicator "
    "with different values in each project, costs equal to their money (correct)",
)
def kgx03() -> Book:
    b, s = book()
    for i, (street, n, fin, other, cost) in enumerate(
        (("澄湖街道", 12, 150, 0, 12.5), ("北垣街道", 8, 80, 16, 12))
    ):
        if i:
            s.skip()
        project_head(
            s,
            year=2026,
            name=f"鹭汀市{street}垃圾分类示范小区建设",
            title=None if not i else "",
            dept="鹭汀市城市管理委员会",
            unit=f"鹭汀市{street}办事处",
            money=funds(fin + other, fin, other),
            goals=[f"创建垃圾分类示范小区{n}个，示范小区分类投放准确率达到90%以上。"],
        )
        indicators(s, H4, [
            ("产出指标", "数量指标", "示范小区创建数量", f"≥{n}个"),
            (None, "质量指标", "示范小区验收达标率", "≥95%"),
            (None, "时效指标", "示范小区创建完成时间", "2026年10月31日前"),
            (None, "成本指标", "单个示范小区建设补助", f"≤{cost}万元/个"),
            ("效益指标", "社会效益指标", "示范小区分类投放准确率", "≥90%"),
            ("满意度指标", "服务对象满意度指标", "示范小区居民满意度", "≥90%"),
        ])  # fmt: skip
    return b


@variant(
    "kgx04-flat-street-office",
    (3, 1),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值), typed percent "
    "cells, a 下降率 with ≥, 0 起 on an incident count, weights add to 100 (correct)",
)
def kgx04() -> Book:
    b, s = book()
    department_head(
        s,
        year=2026,
        dept="鹭汀市澄湖街道办事处",
        budget=[(1850, 1720, 130, 1240, 610)],
        tasks=[
            ("分类桶站运维", "全街道412处桶站日常保洁与维修", 260, "桶站完好率≥95%"),
            ("分类宣传督导", "入户宣传、桶边督导", 150, "居民知晓率≥95%"),
            ("大件及园林垃圾处置", "清运处置大件、园林垃圾", 200, "日产日清"),
            ("金额合计", None, 610, None),
        ],
        goal="全街道37个小区垃圾分类全覆盖，分类桶站完好运行，其他垃圾量持续下降。",
    )
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("分类桶站运维数量", 20, "处", "≥", 412),
        ("分类桶站完好率", 20, "%", "≥", pct(0.95)),
        ("居民垃圾分类知晓率", 15, "%", "≥", pct(0.95)),
        ("其他垃圾清运量下降率", 15, "%", "≥", pct(0.05)),
        ("大件垃圾清运及时率", 10, "%", "≥", pct(0.98)),
        ("桶站火灾等安全事故", 10, "起", "≤", 0),
        ("居民满意度", 10, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    s.row("合计", 100)
    sign(s, "韦青禾", "0596-7731 4408", day(2025, 11, 20, CN_DATE))
    return b


@variant(
    "kgx05-department-estates",
    (12, 5),
    "department, NAT-2021, key tasks with a 金额合计 that the tasks do not reach, an estate "
    "count other than the goal's, a quality rate under 时效指标",
)
def kgx05() -> Book:
    b, s = book()
    goal = "推动全区1260个住宅小区实现垃圾分类全覆盖，分类设施完好运行，居民投放准确率稳步提高。"
    department_head(
        s,
        year=2026,
        dept="苇岸区生活垃圾分类工作事务中心",
        budget=[(2400, 2300, 100, 1500, 900)],
        tasks=[
            ("小区分类设施提升", "桶站改造、破袋洗手设施配置", 420, "覆盖全区小区"),
            ("分类收运补贴", "四分类收运作业补贴", 310, "分类收运率100%"),
            ("宣传与督导", "入户宣传、督导员培训", 150, "知晓率≥95%"),
            (
                "金额合计",
                None,
                mk(900, "B102", "error", note="420+310+150=880，金额合计写900"),
                None,
            ),
        ],
        goal=ok(goal, "warning", note="D104 may land here"),
    )
    indicators(s, H4, [
        ("产出指标", "数量指标", "分类覆盖住宅小区数",
         mk("≥1180个", "D104", "warning", row=True, note="总体目标写全区1260个小区全覆盖")),
        (None, "质量指标", "四分类收运率", "=100%"),
        (None, "时效指标", mk("分类设施完好率", "F201", "warning", row=True,
                            note="完好率是质量指标，填在时效指标下"), "≥95%"),
        (None, None, "设施报修响应时间", "≤24小时"),
        ("成本指标", "经济成本指标", "单个小区设施提升平均投入", "≤0.3万元/个"),
        ("效益指标", "社会效益指标", "居民垃圾分类知晓率", "≥95%"),
        (None, "生态效益指标", "其他垃圾日均清运量下降率", "≥5%"),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kgx06-recycling-boxes-three-years",
    (8,),
    "three-year project 2026–2028, NAT-2021, 中期 and 年度 columns: a year's box count "
    "above the period's, the 年度目标 copied from the 中期目标",
)
def kgx06() -> Book:
    b, s = book()
    goal = "在全县新建小区布设智能回收箱150台，建成可回收物回收网点30个，资源回收率提高到35%。"
    project_head(
        s,
        year=2026,
        years=3,
        name="石栎县智能可回收物回收箱布设项目",
        dept="石栎县商务局",
        unit="石栎县再生资源回收中心",
        money=funds2((900, 900, 0), (300, 300, 0)),
        goals=[goal, mk(goal, "D204", "warning", note="年度目标逐字照抄中期目标")],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "智能回收箱布设数量", "≥150台",
         mk("≥180台", "D201", "error", note="年度180台超过三年实施期150台")),
        (None, None, "可回收物回收网点建设数量", "≥30个", "≥10个"),
        (None, "质量指标", "回收箱设备在线率", "≥95%", "≥95%"),
        (None, "时效指标", "年度布设任务完成时间", "2028年11月30日前", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "单台回收箱购置及安装成本", "≤1.5万元/台", "≤1.5万元/台"),
        ("效益指标", "生态效益指标", "可回收物资源回收率", "≥35%", "≥30%"),
        ("满意度指标", "服务对象满意度指标", "居民使用满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b
