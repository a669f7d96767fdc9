"""Wetland park restoration: reed belts, returned farmland, boardwalks, planting, water links."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout844.common import (
    YEAR,
    indicators,
    multi_year,
    notes,
    one_year,
    sign,
    start,
    wan,
)
from tests.variants.holdout844.registry import variant
from tests.variants.kit import Book, day, mk, pct

DEPT = "蒲澜县林业和湿地保护局（217004）"
PARK = "鸥汀湖国家湿地公园管理处"


@variant("kfv01-reed-restoration", (1, 7),
         "project, NAT-2021, headers 指标内容 and 绩效标准, operator and unit columns, typed "
         "percents, a goal total with its parts in brackets (correct)")  # fmt: skip
def reed_restoration() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="鸥汀湖湿地公园退化芦苇带修复", dept=DEPT, unit=PARK,
                 money=one_year(180, 150, 30),
                 goals=["完成退化芦苇带修复420亩（东岸260亩、北岸160亩），补植乡土水生植物"
                        "60亩，补植苗木成活率不低于85%，改善越冬水鸟栖息环境。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "指标内容", "指标性质", "绩效标准", "计量单位"), [
        ("产出指标", "数量指标", "芦苇带修复面积", "≥", 420, "亩"),
        (None, None, "乡土水生植物补植面积", "≥", 60, "亩"),
        (None, "质量指标", "补植苗木成活率", "≥", pct(0.85), "%"),
        (None, "时效指标", "修复工程完工时间", "≤", day(YEAR, 10, 31), None),
        ("成本指标", "经济成本指标", "芦苇带修复单位成本", "≤", 0.3, "万元/亩"),
        ("效益指标", "生态效益指标", "修复区越冬水鸟记录种类", "≥", 35, "种"),
        (None, "可持续影响指标", "修复区管护制度", "定性", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "韦岚舟", "0598-6632417", day(YEAR - 1, 11, 26))
    return b


@variant("kfv02-returned-farmland", (8, 12),
         "three-year project, NAT-2021, 中期 and 年度 columns: a year's area above the "
         "period's, an island count below the 中期目标's")  # fmt: skip
def returned_farmland() -> Book:
    b, s = start()
    project_head(s, year=YEAR, years=3, name="鸥汀湖南岸退耕还湿与生态岛建设", dept=DEPT,
                 unit=PARK, attr="新增项目", money=multi_year((900, 800, 100), (300, 260, 40)),
                 goals=["累计退耕还湿1200亩，新建生态岛6个，疏浚南岸水系6公里，湿地植被覆盖率"
                        "提高8个百分点以上，建成南岸水鸟栖息地。",
                        "完成退耕还湿400亩，新建生态岛2个，疏浚南岸水系2.5公里。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "退耕还湿面积", "≥1200亩",
         mk("≥1500亩", "D201", "error", alt=("D104",),
            note="the year's 1500亩 is above the period's 1200亩 (and the 年度目标's 400亩)")),
        (None, None, "生态岛建设数量",
         mk("≥4个", "D104", "warning", note="the 中期目标 promises 6 ecological islands"), "≥2个"),
        (None, None, "南岸水系疏浚长度", "≥6公里", "≥2.5公里"),
        (None, "质量指标", "退耕地块验收合格率", "≥95%", "≥95%"),
        (None, "时效指标", "年度建设任务完成时间", "2028年12月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "单个生态岛建设成本", "≤40万元/个", "≤40万元/个"),
        ("效益指标", "生态效益指标", "湿地植被覆盖率", "提高≥8百分点", "提高≥3百分点"),
        (None, "可持续影响指标", "南岸栖息地管护机制", "建成并持续运行", "完成管护方案"),
        ("满意度指标", "服务对象满意度指标", "周边村民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kfv03-boardwalk-stacked", (2, 12),
         "two projects stacked in one sheet, OLD-NAT, one value column: the first one's unit "
         "cost × length above its money, the second one's total not its parts")  # fmt: skip
def boardwalk_stacked() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="荻洲湿地公园木栈道修缮", dept=DEPT, unit="荻洲湿地公园管理所",
                 money=one_year(120, 100, 20),
                 goals=["修缮荻洲湿地公园木栈道800米，更换防腐木面板，"
                        "消除游览安全隐患。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "栈道修缮长度", "≥800米"),
        (None, "质量指标", "修缮工程验收合格率", "=100%"),
        (None, "时效指标", "修缮完工时间", "2026年9月30日前"),
        (None, "成本指标", "栈道修缮单位成本",
         mk("≤0.25万元/米", "B107", "warning", row=True,
            note="0.25万元/米 × 800米 = 200万元, above the 120万元 of the project")),
        ("效益指标", "社会效益指标", "游客通行条件", "明显改善"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=YEAR, name="荻洲湿地科普馆展陈更新", dept=DEPT, unit="荻洲湿地公园管理所",
                 money=one_year(mk(wan(85), "B101", "error", note="60 + 20 = 80, not 85"), 60, 20),
                 goals=["更新科普馆展板40块、互动展项6套，提升湿地科普宣教能力。"],
                 title="")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "展板更新数量", "≥40块"),
        (None, None, "互动展项数量", "≥6套"),
        (None, "质量指标", "展陈内容审核通过率", "=100%"),
        (None, "时效指标", "展陈更新完成时间", "2026年6月30日前"),
        (None, "成本指标", "展板制作单价", "≤0.5万元/块"),
        ("效益指标", "社会效益指标", "年接待科普参观人次", "≥30000人次"),
        ("满意度指标", "服务对象满意度指标", "参观者满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kfv04-planting-points", (5, 10),
         "project, NAT-2021, numbered tier labels with points and an indicator points column "
         "(100 both ways), a rate raised in 百分点, a later year prepared for "
         "(correct)")  # fmt: skip
def planting_points() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="鸥汀湖浅滩湿生植被恢复", dept=DEPT, unit=PARK,
                 money=one_year(96, 80, 16),
                 goals=["栽植湿生乔木3200株，恢复浅滩湿地植被150亩，为2027年申报省级重要湿地"
                        "积累植被恢复资料。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("一、产出指标（50分）", "（一）数量指标", "湿生乔木栽植数量", "≥3200株", 10),
        (None, None, "浅滩湿地植被恢复面积", "≥150亩", 15),
        (None, "（二）质量指标", "栽植成活率", "≥90%", 15),
        (None, "（三）时效指标", "栽植完成时间", "2026年5月31日前", 10),
        ("二、成本指标（10分）", "（一）经济成本指标", "湿生乔木单株综合成本", "≤0.02万元/株", 10),
        ("三、效益指标（30分）", "（一）生态效益指标", "恢复区植被覆盖率", "提高≥5百分点", 15),
        (None, "（二）可持续影响指标", "补植苗木管护责任落实率", "=100%", 15),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "周边居民满意度", "≥90%", 10),
        ("合计", "", "", "", 100),
    ])  # fmt: skip
    sign(s, "蓝守澄", "0598-6632452", day(YEAR - 1, 12, 3))
    return b


@variant("kfv05-water-link-department", (12, 4),
         "department, NAT-2021: 基本支出 + 项目支出 short of 资金总额, a length the task states "
         "otherwise, last year's year left in the goal, a 注 row under the table")  # fmt: skip
def water_link_department() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="蒲澜县湿地保护中心",
                    budget=[(mk(wan(640), "B101", "error", row=True,
                                note="基本支出 380 + 项目支出 250 = 630, not 640"),
                             wan(600), wan(40), wan(380), wan(250))],
                    tasks=[("湿地水系连通", "疏通鸥汀湖与荻洲间水系", wan(150), "连通水系3.5公里"),
                           ("湿地巡护监测", "全年日常巡护与水质监测", wan(60), "巡护监测300天"),
                           ("湿地科普宣教", "开展湿地日、爱鸟周活动", wan(40), "宣教活动24场"),
                           ("金额合计", None, wan(250), None)],
                    goal=mk("1.完成鸥汀湖与荻洲间水系连通3.5公里；2.全年巡护监测300天；"
                            "3.2025年完成《蒲澜县湿地保护规划》中期评估。", "Y103", "warning",
                            note="2025 is last season's year in a 2026 goal"))  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "水系连通长度",
         mk("≥5公里", "D104", "warning", row=True,
            note="the task and the goal state 3.5公里 of water links")),
        (None, None, "巡护监测天数", "≥300天"),
        (None, None, "科普宣教活动场次", "≥24场"),
        (None, "质量指标", "监测数据有效率", "≥95%"),
        (None, "时效指标", "水系连通工程完工时间", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "水系连通单位成本", "≤30万元/公里"),
        ("效益指标", "生态效益指标", "连通水域水质达标率", "≥90%"),
        (None, "社会效益指标", "湿地保护知晓率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：水系连通长度按连通渠道中心线计算。")
    sign(s, "覃汀远", "0598-6631809", day(YEAR - 1, 11, 20))
    return b


@variant("kfv06-export-two-sheets", (7, 12),
         "budget-system export: a money sheet with project codes and a 合计 line, the indicator "
         "table on a second sheet under its header on the third row, codes in the first "
         "columns (correct)")  # fmt: skip
def export_two_sheets() -> Book:
    b, s = start("部门项目支出预算05-1", (18, 22, 18, 14, 14, 14))
    s.title(f"{YEAR}年度部门项目支出预算表", 6)
    s.row("单位名称：鸥汀湖国家湿地公园管理处", None, None, "单位：万元", merge=[(1, 3)])
    s.row("项目代码", "项目名称", "支出功能分类", "资金总额", "财政拨款", "其他资金")
    s.row("432126260001", "鸥汀湖湿地生态补水", "2130234湿地保护", wan(86.5), wan(80), wan(6.5))
    s.row("432126260002", "湿地公园标识系统更新", "2130234湿地保护", wan(23.5), wan(23.5), wan(0))
    s.row("合计", None, None, wan(110), wan(103.5), wan(6.5))
    t = b.sheet("部门项目支出绩效目标05-2", (16, 20, 12, 16, 26, 16))
    t.title(f"{YEAR}年度部门项目支出绩效目标表", 6)
    t.row("单位名称：鸥汀湖国家湿地公园管理处", merge=[(1, 6)])
    indicators(t, ("项目代码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值"), [
        ("432126260001", "鸥汀湖湿地生态补水", "产出指标", "数量指标", "生态补水量",
         "≥120万立方米"),
        (None, None, None, "质量指标", "补水水质达标率", "≥95%"),
        (None, None, None, "时效指标", "枯水期补水完成时间", "2026年4月30日前"),
        (None, None, "成本指标", "经济成本指标", "补水泵站运行费用", "≤45万元"),
        (None, None, "效益指标", "生态效益指标", "核心区水位保障天数", "≥330天"),
        (None, None, "满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%"),
        ("432126260002", "湿地公园标识系统更新", "产出指标", "数量指标", "标识牌更新数量",
         "≥150块"),
        (None, None, None, "质量指标", "标识内容审校合格率", "=100%"),
        (None, None, None, "时效指标", "标识牌安装完成时间", "2026年8月31日前"),
        (None, None, "成本指标", "经济成本指标", "单块标识牌成本", "≤0.15万元/块"),
        (None, None, "效益指标", "社会效益指标", "游客导览便利程度", "明显提升"),
        (None, None, "满意度指标", "服务对象满意度指标", "游客满意度", "≥90%"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    return b
