"""竹荪 (bamboo fungus) gathering cooperatives: fg07–fg12."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout621.common import (
    COUNTY,
    TOWN,
    Y,
    book,
    indicators,
    multi_year,
    notes,
    one_year,
    sign,
    wan,
)
from tests.variants.holdout621.registry import variant
from tests.variants.kit import Book, day, mk, pct

DEPT = f"{COUNTY}林业和草原局（319002）"
COOP = f"{TOWN}梨树坳竹荪种植采集专业合作社"
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("fg07-zhusun-content-standard", (4, 7),
         "project, OLD-NAT, headers 指标内容 and 绩效标准, a 填表说明 row inside the table, "
         "注 rows, signature and a fill date of the year before below (correct)")  # fmt: skip
def fg07() -> Book:
    b, s = book()
    project_head(s, year=Y, name="梨树坳林下竹荪采集基地提升项目", dept=DEPT, unit=COOP,
                 money=one_year(28, 20, 8),
                 goals=["提升林下竹荪采集基地150亩，举办采集技术培训6期，"
                        "鲜品一级品率达到70%以上。"])  # fmt: skip
    s.row("一级指标", "二级指标", "指标内容", "绩效标准")
    notes(s, "填表说明：绩效标准须写明比较符和计量单位。", width=4)
    s.table([
        ("产出指标", "数量指标", "林下竹荪采集基地提升面积", "≥150亩"),
        (None, None, "采集技术培训", "≥6期"),
        (None, "质量指标", "竹荪鲜品一级品率", "≥70%"),
        (None, "时效指标", "基地提升完成时间", "10月31日前"),
        (None, "成本指标", "基地提升补助标准", "≤1200元/亩"),
        ("效益指标", "经济效益指标", "竹荪鲜品销售收入", "≥60万元"),
        (None, "生态效益指标", "林下竹林植被保存率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "社员满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "注1：基地面积为实测面积，不含周边竹林缓冲带。",
          "注2：鲜品一级品率按合作社收购台账统计。", width=4)  # fmt: skip
    sign(s, "龙玉芬", "0879-6632745", day(Y - 1, 12, 9))
    s.row("单位负责人（签字）：", None, "（盖章）")
    return b


@variant("fg08-zhusun-two-year-copied", (8,),
         "two-year project, NAT-2021, 中期 and 年度 columns: 年度目标 copied from 中期目标, "
         "a year's count above the period's, a cumulative count copied")  # fmt: skip
def fg08() -> Book:
    b, s = book()
    goal = "两年建成竹荪烘干冷藏中心1处，新建标准化竹荪大棚50个，带动种植采集户400户。"
    copied = mk(goal, "D204", "warning", note="年度目标逐字照抄中期目标")
    project_head(s, year=Y, years=2, name="竹荪烘干冷藏中心及标准化大棚建设项目", dept=DEPT,
                 unit=COOP, attr="新增项目", money=multi_year((80, 70, 10), (50, 44, 6)),
                 goals=[goal, copied])  # fmt: skip
    above = mk("≥60个", "D201", "error", note="年度60个超过两年合计50个")
    same = mk("≥400户", "D202", "warning", note="带动户数是累计数，年度照抄了中期")
    rows = [
        ("产出指标", "数量指标", "新建标准化竹荪大棚", "≥50个", above),
        (None, None, "带动种植采集户", "≥400户", same),
        (None, "质量指标", "大棚验收合格率", "≥95%", "≥95%"),
        (None, "时效指标", "冷藏中心建成时间", f"{Y + 1}年10月31日前", f"主体{Y}年12月31日前"),
        ("成本指标", "经济成本指标", "大棚建设补助标准", "≤0.8万元/个", "≤0.8万元/个"),
        ("效益指标", "经济效益指标", "竹荪干品年加工量", "≥20吨", "≥8吨"),
        (None, "可持续影响指标", "烘干冷藏中心运行管理制度", "建立并执行", "建立"),
        ("满意度指标", "服务对象满意度指标", "种植采集户满意度", "≥90%", "≥90%"),
    ]
    indicators(s, (*HEAD4[:3], "中期指标值", "年度指标值"), rows)
    return b


@variant("fg09-zhusun-points-two-levels", (10,),
         "project, NAT-2021, a tier-1 score column and an indicator score column both adding to "
         "100, a rate raised in 百分点, a 下降率 with ≥, a percent cell (correct)")  # fmt: skip
def fg09() -> Book:
    b, s = book()
    project_head(s, year=Y, name="竹荪菌种提纯复壮项目", dept=DEPT, unit=COOP,
                 money=one_year(36, 30, 6),
                 goals=["提纯复壮竹荪菌种3个，示范栽培100亩，"
                        "优质品率比上年提高5个百分点。"])  # fmt: skip
    rows = [
        ("产出指标", 50, "数量指标", "提纯复壮竹荪菌种", "≥3个", 20),
        (None, None, None, "复壮菌种示范栽培面积", "≥100亩", 10),
        (None, None, "质量指标", "复壮菌种出菇合格率", "≥90%", 10),
        (None, None, "时效指标", "菌种复壮完成时间", "7月31日前", 10),
        ("成本指标", 10, "经济成本指标", "菌种复壮试验费", "≤12万元", 10),
        ("效益指标", 30, "经济效益指标", "竹荪优质品率", "提高≥5百分点", 10),
        (None, None, "生态效益指标", "烘干损耗下降率", "≥10%", 10),
        (None, None, "可持续影响指标", "复壮菌种推广合作社", "≥4家", 10),
        ("满意度指标", 10, "服务对象满意度指标", "社员满意度", pct(0.92), 10),
    ]
    head = ("一级指标", "一级分值", "二级指标", "三级指标", "指标值", "指标分值")
    indicators(s, head, rows, merged=(1, 2, 3))
    s.row("合计", 100, None, None, None, 100)
    return b


@variant("fg10-zhusun-dryer-subsidy", (1, 12),
         "project, NAT-2021, unit column, bare values: a subsidy standard × count above the "
         "money, the goal's output given lower, a typed percent over 100")  # fmt: skip
def fg10() -> Book:
    b, s = book()
    project_head(s, year=Y, name="竹荪烘干设备购置补助项目", dept=DEPT,
                 unit=f"{COUNTY}竹荪产业联合社", money=one_year(25, 20, 5),
                 goals=["为梨树坳等4个合作社补助烘干机12台，全年烘干竹荪干品6吨，"
                        "干品分级合格率达到95%以上。"])  # fmt: skip
    dry = mk("≥5", "D104", "warning", row=True, note="年度目标写干品6吨，指标只有5吨")
    over = mk(pct(1.05), "T106", "error", note="合格率输成105%，超过100%上限")
    cost = mk("≤2.5", "B107", "warning", row=True,
              note="2.5万元/台 × 12台 = 30万元，超过年度资金25万元")  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "补助烘干机数量", "≥12", "台"),
        (None, None, "竹荪干品产量", dry, "吨"),
        (None, "质量指标", "干品分级合格率", over, "%"),
        (None, "时效指标", "设备安装调试完成时间", "8月31日前", None),
        ("成本指标", "经济成本指标", "烘干机购置补助标准", cost, "万元/台"),
        ("效益指标", "经济效益指标", "社员干品销售收入增长率", "≥8", "%"),
        ("满意度指标", "服务对象满意度指标", "社员满意度", "≥90", "%"),
    ]
    indicators(s, (*HEAD4, "计量单位"), rows)
    return b


@variant("fg11-zhusun-system-export", (7,),
         "budget-system export: sheets 05-1 and 05-2, header on the third row, project code and "
         "name in the first columns, a later year the work prepares for (correct)")  # fmt: skip
def fg11() -> Book:
    b, s = book("部门项目支出预算05-1", (24, 26, 14, 14, 14, 40))
    code, name = "532631260000000417", "竹荪林下仿野生采集示范项目"
    s.title(f"{Y}年部门项目支出预算表", 6)
    s.row(f"单位：{COUNTY}林业和草原局", None, None, None, None, "金额单位：万元")
    s.row("项目代码", "项目名称", "资金总额", "财政拨款", "其他资金", "年度绩效目标")
    s.row(code, name, wan(42), wan(35), wan(7),
          "建设竹荪林下仿野生采集示范点3个，培训社员200人次，"
          f"为{Y + 1}年在全县推广林下竹荪采集积累经验。")  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (24, 26, 14, 16, 30, 16))
    t.title(f"{Y}年部门项目支出绩效目标表", 6)
    t.row(f"单位：{COUNTY}林业和草原局")
    t.row("项目代码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
    t.table([
        (code, name, "产出指标", "数量指标", "仿野生采集示范点", "≥3个"),
        (None, None, None, None, "社员采集技术培训", "≥200人次"),
        (None, None, None, "质量指标", "示范点竹荪鲜品合格率", "≥95%"),
        (None, None, None, "时效指标", "示范点建成时间", f"{Y}年9月30日前"),
        (None, None, "成本指标", "经济成本指标", "示范点建设补助标准", "≤10万元/个"),
        (None, None, "效益指标", "生态效益指标", "示范点林下植被保存率", "≥90%"),
        (None, None, None, "社会效益指标", "带动社员户数", "≥80户"),
        (None, None, "满意度指标", "服务对象满意度指标", "社员满意度", "≥90%"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    return b


@variant("fg12-zhusun-second-sheet", (2, 7),
         "project head on the first sheet, the indicator table on a second sheet titled with last "
         "year, a date cell of last year, one indicator under two tier-2s")  # fmt: skip
def fg12() -> Book:
    b, s = book("项目信息")
    project_head(s, year=Y, name="梨树坳竹荪菌棚搭建与采收培训项目", dept=DEPT, unit=COOP,
                 money=one_year(22, 18, 4),
                 goals=["搭建竹荪菌棚40个，开展竹荪采收技术培训300人次。"])  # fmt: skip
    b.file_mark("Y101", "error", alt=("Y103",),
                note="指标表标题写2025年度，申报表为2026年度")  # fmt: skip
    t = b.sheet("绩效指标")
    t.title("2025年度项目绩效指标表", 4)
    due = mk(day(Y - 1, 11, 30), "Y102", "error", row=True, alt=("Y103", "Y101"),
             note="完成时间是上一年的日期，不在2026年度内")  # fmt: skip
    dup = mk("采收技术培训人次", "D103", "warning", row=True, alt=("D101", "D102", "F201"),
             note="与数量指标下的“竹荪采收技术培训人次”同一指标，又填在质量指标下")  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "竹荪菌棚搭建", "≥40个"),
        (None, None, "竹荪采收技术培训人次", "≥300人次"),
        (None, "质量指标", "菌棚验收合格率", "≥95%"),
        (None, None, dup, "≥300人次"),
        (None, "时效指标", "菌棚搭建完成时间", due),
        ("成本指标", "经济成本指标", "菌棚搭建补助标准", "≤4000元/个"),
        ("效益指标", "经济效益指标", "竹荪鲜品增产", "≥15%"),
        ("满意度指标", "服务对象满意度指标", "参训社员满意度", "≥90%"),
    ]
    indicators(t, HEAD4, rows)
    return b
