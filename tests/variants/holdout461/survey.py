"""Rock-art surveys (zc01–zc06): percent cells, stacked projects, a flat list, decorated tier
labels, other header words with notes, a three-year survey with 中期 and 年度 columns."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout461.common import (
    TIERS,
    department,
    funds,
    funds2,
    notes,
    project,
    sign,
    table,
    wan,
)
from tests.variants.holdout461.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct


@variant(
    "zc01-survey-percent-cells",
    (1,),
    "project, OLD-NAT, operator and unit columns, "
    "percent cells typed in Excel, 万元 in the number format (correct)",
)
def zc01() -> Book:
    b, s = project(
        year=2025, name="砾台山岩画点专项复查", dept="鹰嘴峡县文化和旅游局 217006",
        unit="鹰嘴峡县文物保护中心", money=funds(86, 80, 6),
        goals=["复查砾台山片区岩画点180处，建立单点调查档案，病害情况全部登记入册"],
    )  # fmt: skip
    table(s, (*TIERS, "比较符", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "岩画点复查数量", "≥", 180, "处"),
        (None, None, "单幅岩画拍照记录数", "≥", 2400, "幅"),
        (None, "质量指标", "调查记录完整率", "≥", pct(0.95), "%"),
        (None, None, "病害登记覆盖率", "=", pct(1), "%"),
        (None, "时效指标", "外业调查按期完成率", "≥", pct(0.9), "%"),
        (None, "成本指标", "单点复查成本", "≤", 0.45, "万元/处"),
        ("效益指标", "社会效益指标", "岩画点新增病害漏报率", "≤", pct(0.05), "%"),
        (None, "可持续影响指标", "调查档案保存年限", "≥", 30, "年"),
        ("满意度指标", "服务对象满意度指标", "属地文保员满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant(
    "zc02-survey-stacked-three",
    (2,),
    "three survey projects stacked in one sheet, "
    "OLD-NAT, one value column, one name with different values per project (correct)",
)
def zc02() -> Book:
    head = {"year": 2025, "dept": "赭岩县文化广电和旅游局 318004", "unit": "赭岩县岩画研究所"}
    header = (*TIERS, "指标值")
    b, s = project(name="西坡岩画群补充调查", money=funds(42, 40, 2),
                   goals=["补充调查西坡岩画群，登记新发现岩画点25处以上"], **head)  # fmt: skip
    table(s, header, [
        ("产出指标", "数量指标", "新发现岩画点登记数", "≥25处"),
        (None, "质量指标", "调查记录完整率", "≥95%"),
        (None, "成本指标", "单点调查成本", "≤1.5万元/处"),
        ("效益指标", "社会效益指标", "岩画分布图更新片区数", "≥3个"),
        ("满意度指标", "服务对象满意度指标", "乡镇文化站满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_two = {"name": "岩画拓片整理建档", "money": funds(18, 18, 0), "title": ""}
    project_head(s, goals=["整理历年岩画拓片600张，逐张建档"], **project_two, **head)
    table(s, header, [
        ("产出指标", "数量指标", "拓片整理数量", "≥600张"),
        (None, "质量指标", "调查记录完整率", "≥98%"),
        (None, "成本指标", "单张拓片整理成本", "≤250元/张"),
        ("效益指标", "可持续影响指标", "拓片档案可查询年限", "≥20年"),
        ("满意度指标", "服务对象满意度指标", "研究人员满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, name="岩画点界桩位置测绘", money=funds(30, 25, 5), title="",
                 goals=["测绘岩画点保护界桩60个，成果报县文物局备案"], **head)  # fmt: skip
    table(s, header, [
        ("产出指标", "数量指标", "界桩测绘点数", "≥60个"),
        (None, "质量指标", "测绘成果合格率", "≥95%"),
        (None, "时效指标", "测绘成果提交时间", "2025年10月31日前"),
        (None, "成本指标", "单点测绘成本", "≤0.45万元/个"),
        ("效益指标", "社会效益指标", "界桩位置争议处数", "≤2处"),
        ("满意度指标", "服务对象满意度指标", "县文物局满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "zc03-survey-flat-department",
    (3,),
    "department, flat list (指标名称 · 权重 · 计量单位 "
    "· 指标性质 as operator · 指标值), percent cells, 0起 on an incident count (correct)",
)
def zc03() -> Book:
    b, s = department(
        year=2025, dept="赭岩县岩画研究所",
        budget=[(wan(320), wan(300), wan(20), wan(150), wan(170))],
        goal="完成全县岩画资源调查150处，调查数据全部入库，开展岩画科普讲座12场",
        tasks=[
            ("岩画资源调查", "野外调查、测绘和拍照记录", wan(90), "调查150处"),
            ("调查数据整编", "调查表、照片和测绘图整编入库", wan(50), "数据入库率≥95%"),
            ("岩画科普宣传", "进校园、进社区讲座和展板", wan(30), "讲座12场"),
            ("金额合计", None, wan(170), None),
        ],
    )  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("岩画点调查数量", 20, "处", "≥", 150),
        ("调查数据入库率", 15, "%", "≥", pct(0.95)),
        ("调查成果验收合格率", 15, "%", "≥", pct(0.95)),
        ("岩画点人为破坏事件数", 10, "起", "≤", 0),
        ("单处调查成本", 10, "万元/处", "≤", 0.5),
        ("岩画科普讲座场次", 10, "场", "≥", 12),
        ("岩画知识公众知晓率提高幅度", 10, "百分点", "≥", 5),
        ("服务对象满意度", 10, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    return b


@variant("zc04-survey-numbered-labels", (5, 11), "project, NAT-2021, numbered tier labels with "
         "points; a tier-2 under the wrong tier-1 and a 反向 rate with ≥")  # fmt: skip
def zc04() -> Book:
    b, s = project(
        year=2025, name="黑砾山岩画点低空航拍测绘", dept="乌蓬县文物局 405002",
        unit="乌蓬县文物管理所", money=funds(70, 64, 6),
        goals=["航拍测绘岩画点120处，制作正射影像图120幅，点位坐标纳入县文物一张图"],
    )  # fmt: skip
    wrong = mk("（三）社会效益指标", "F105", "error",
               note="社会效益指标属于效益指标，不在产出指标之下")  # fmt: skip
    against = mk("≥2%", "T108", "warning", row=True,
                 note="误差超限率是反向指标，应为≤")  # fmt: skip
    table(s, (*TIERS, "指标值"), [
        ("一、产出指标（40分）", "（一）数量指标", "岩画点航拍测绘数量", "≥120处"),
        (None, None, "正射影像图制作幅数", "≥120幅"),
        (None, "（二）质量指标", "影像分辨率达标率", "≥95%"),
        (None, None, "点位坐标误差超限率", against),
        (None, wrong, "岩画点位公众开放数", "≥8处"),
        (None, "（四）时效指标", "外业测绘完成时间", "2025年9月30日前"),
        ("二、成本指标（20分）", "（一）经济成本指标", "单点测绘成本", "≤0.5万元/处"),
        ("三、效益指标（30分）", "（一）可持续影响指标", "测绘成果共享单位数", "≥5家"),
        (None, "（二）社会效益指标", "岩画点位纳入文物一张图比例", "=100%"),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "文物管理所满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "zc05-survey-content-standard",
    (4, 7),
    "project, NAT-2021, headers 指标内容 and 绩效标准; "
    "a 注 row inside the table, footnotes, 填表说明, signature and date lines (correct)",
)
def zc05() -> Book:
    b, s = project(
        year=2025, name="岩画点三维扫描建档", dept="乌蓬县文物局 405002",
        unit="乌蓬县博物馆", money=funds(52, 48, 4),
        goals=["完成40处重点岩画点三维扫描，扫描数据按规范提交并备份"],
    )  # fmt: skip
    header = ("一级指标", "二级指标", "指标内容", "绩效标准")
    table(s, header, [
        ("产出指标", "数量指标", "岩画点三维扫描数", "≥40处"),
        (None, "质量指标", "扫描精度达标率", "≥95%"),
        (None, "时效指标", "扫描数据提交时间", "2025年11月30日前"),
    ])  # fmt: skip
    notes(s, "注：扫描点位以县文物局核定的重点岩画点名录为准。", width=4)
    s.table([
        ("成本指标", "经济成本指标", "单点扫描成本", "≤1.2万元/处"),
        ("效益指标", "社会效益指标", "岩画数字展示访问量", "≥2万人次"),
        (None, "可持续影响指标", "扫描数据备份份数", "≥3份"),
        ("满意度指标", "服务对象满意度指标", "参观群众满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "注：资金总额52万元＝财政拨款48万元＋单位自筹4万元。",
          "填表说明：绩效标准须写明比较符、数值和计量单位。")  # fmt: skip
    sign(s, "庞素岚", "0931-6620418", day(2024, 12, 6, CN_DATE))
    return b


@variant(
    "zc06-survey-three-year",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: "
    "cumulative counts below their period values, rates and unit costs equal (correct)",
)
def zc06() -> Book:
    b, s = project(
        year=2025, years=3, name="全县岩画资源普查（2025—2027年）",
        dept="鹰嘴峡县文化和旅游局 217006", unit="鹰嘴峡县文物保护中心",
        money=funds2((360, 330, 30), (120, 110, 10)), attr="新增项目",
        goals=["三年普查岩画点540处，建成岩画资源数据库", "2025年普查岩画点180处，数据入库"],
    )  # fmt: skip
    table(s, (*TIERS, "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "岩画点普查数量", "≥540处", "≥180处"),
        (None, "质量指标", "普查记录完整率", "≥95%", "≥95%"),
        (None, "时效指标", "普查任务完成时间", "2027年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "单点普查成本", "≤0.6万元/处", "≤0.6万元/处"),
        ("效益指标", "可持续影响指标", "岩画资源数据库条目数", "≥540条", "≥180条"),
        ("满意度指标", "服务对象满意度指标", "乡镇文保员满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b
