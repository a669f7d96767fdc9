"""Department tables with flat indicator lists (no tiers): 指标名称 · 权重 · 计量单位 ·
指标性质 · 指标值 in varying order, operators as symbols, in words or inside the value, a
direction column (oz03, oz08, oz10, oz15)."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout198.common import book, sign, wan
from tests.variants.holdout198.registry import variant
from tests.variants.kit import Book, mk


@variant("oz03-flat-department-health", (3, 12), "department, flat list 指标名称 · 权重 · "
         "计量单位 · 指标性质 (as operator) · 指标值, bare numbers, weights adding to 100, "
         "budget and tasks adding up, =100 on a 完好率 (correct)")  # fmt: skip
def oz03() -> Book:
    b, s = book("部门整体", (18, 30, 10, 12, 12, 12))
    department_head(
        s, year=2026, dept="青岚市卫生健康委员会",
        budget=[(wan(3280), wan(3100), wan(180), wan(2150), wan(1130))],
        tasks=[
            ("基本公共卫生服务", "为常住居民提供基本公共卫生服务", wan(620),
             "居民电子健康档案建档率90%以上"),
            ("妇幼健康服务", "孕产妇和儿童健康管理", wan(260), "孕产妇系统管理率92%以上"),
            ("卫生应急物资储备", "储备应急药品及防护物资", wan(250), "应急物资储备完好率100%"),
            ("金额合计", None, wan(1130), None),
        ],
        goal="全市居民电子健康档案建档率达到90%以上，孕产妇系统管理率达到92%以上，完成卫生"
             "应急物资储备，群众就医满意度不低于88%。",
    )  # fmt: skip
    top = s.row("年度绩效指标", "指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        (None, "居民电子健康档案建档率", 15, "%", "≥", 90),
        (None, "孕产妇系统管理率", 15, "%", "≥", 92),
        (None, "适龄儿童健康管理率", 10, "%", "≥", 90),
        (None, "应急物资储备完好率", 10, "%", "=", 100),
        (None, "家庭医生签约服务人数", 15, "人", "≥", 52000),
        (None, "基本公共卫生服务人均补助标准", 10, "元/人", "≤", 94),
        (None, "传染病疫情网络报告及时率", 10, "%", "≥", 98),
        (None, "群众就医满意度", 15, "%", "≥", 88),
        (None, "合计", 100, None, None, None),
    ])  # fmt: skip
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    sign(s, "何雨桐", "梁振华", "0730-8219046")
    return b


@variant("oz08-flat-weights-off-agri", (3,), "department, flat list 序号 · 指标名称 · 权重 · "
         "指标方向 (operator in words) · 指标值 · 计量单位, a note that weights total 100: "
         "they add to 95")  # fmt: skip
def oz08() -> Book:
    b, s = book("Sheet1", (8, 30, 10, 14, 12, 12))
    department_head(
        s, year=2026, dept="白沙河区农业农村局",
        budget=[(wan(1860), wan(1700), wan(160), wan(1020), wan(840))],
        tasks=[
            ("耕地地力保护", "发放耕地地力保护补贴", wan(420), "补贴发放准确率100%"),
            ("病虫害统防统治", "组织农作物病虫害统防统治", wan(260), "统防统治面积6万亩"),
            ("农产品质量安全监测", "开展农产品质量安全抽检", wan(160), "抽检农产品1500批次"),
            ("金额合计", None, wan(840), None),
        ],
        goal="全区完成农作物病虫害统防统治面积6万亩，抽检农产品1500批次，农产品质量安全抽检"
             "合格率保持在98%以上。",
    )  # fmt: skip
    s.row("序号", "指标名称", "权重", "指标方向", "指标值", "计量单位")
    s.table([
        (1, "农作物病虫害统防统治面积", 20, "大于等于", 6, "万亩"),
        (2, "农产品质量安全抽检批次", 15, "大于等于", 1500, "批次"),
        (3, "农产品质量安全抽检合格率", 15, "大于等于", 98, "%"),
        (4, "耕地地力保护补贴发放准确率", 15, "等于", 100, "%"),
        (5, "统防统治亩均作业补助", 10, "小于等于", 40, "元/亩"),
        (6, "农作物病虫害危害损失率", 10, "小于等于", 5, "%"),
        (7, "种植户满意度", 10, "大于等于", 90, "%"),
    ])  # fmt: skip
    s.row("注：权重合计为100分；指标方向填写大于等于、小于等于或等于。", merge=[(1, 6)])
    b.file_mark("W101", "error", note="20+15+15+15+10+10+10 = 95, not 100")
    return b


@variant("oz10-flat-rate-as-count-health", (3, 10), "department, flat list 指标名称 · 指标值 · "
         "指标性质 (as direction) · 计量单位 · 权重, operators inside the values, a 百分点 "
         "change: a 完好率 given as ≥36 台")  # fmt: skip
def oz10() -> Book:
    b, s = book("Sheet1", (30, 12, 10, 12, 10, 12))
    department_head(
        s, year=2026, dept="临溪县疾病预防控制中心",
        budget=[(wan(640), wan(600), wan(40), wan(380), wan(260))],
        tasks=[
            ("免疫规划", "疫苗接种及冷链运行管理", wan(120), "疫苗接种率95%以上"),
            ("传染病监测", "哨点监测及实验室检测", wan(90), "监测样本4800份"),
            ("健康教育", "开展健康教育讲座", wan(50), "讲座60场"),
            ("金额合计", None, wan(260), None),
        ],
        goal="全县适龄儿童免疫规划疫苗接种率保持在95%以上，完成传染病哨点监测样本4800份，"
             "开展健康教育讲座60场。",
    )  # fmt: skip
    count = mk("≥36", "T105", "error", row=True, note="a 完好率 given as a count of 台")
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("适龄儿童免疫规划疫苗接种率", "≥95", "正向", "%", 20),
        ("传染病哨点监测样本数", "≥4800", "正向", "份", 15),
        ("健康教育讲座场次", "≥60", "正向", "场", 15),
        ("疫苗冷链设备运行完好率", count, "正向", "台", 10),
        ("疑似预防接种异常反应处置及时率", "≥95", "正向", "%", 10),
        ("单份监测样本检测成本", "≤120", "反向", "元/份", 10),
        ("居民健康素养水平提升幅度", "提高≥1.5", "正向", "百分点", 10),
        ("接种儿童家长满意度", "≥90", "正向", "%", 10),
    ])  # fmt: skip
    sign(s, "曾佳怡", "罗国栋", "0736-7102583")
    return b


@variant("oz15-flat-weight-first-water", (3, 12), "department, flat list 权重 · 指标名称 · "
         "指标值 · 计量单位 (no operator or direction column, operators inside the values), "
         "weights adding to 100, =100 on a 覆盖率 (correct)")  # fmt: skip
def oz15() -> Book:
    b, s = book("Sheet1", (10, 32, 18, 12, 12, 12))
    department_head(
        s, year=2026, dept="临溪县水利局",
        budget=[(wan(1450), wan(1300), wan(150), wan(830), wan(620))],
        tasks=[
            ("山洪灾害防治", "监测站点维护及预警平台运行", wan(180), "维护监测站点85处"),
            ("河湖长制巡查管护", "河湖日常巡查及保洁", wan(240), "河湖巡查覆盖率100%"),
            ("农田灌溉渠系维修", "维修灌溉渠系", wan(200), "维修渠系36公里"),
            ("金额合计", None, wan(620), None),
        ],
        goal="全县完成山洪灾害监测站点维护85处，河湖巡查覆盖率达到100%，维修灌溉渠系36公里，"
             "新增有效灌溉面积1.2万亩。",
    )  # fmt: skip
    s.row("权重（分）", "指标名称", "指标值", "计量单位")
    s.table([
        (20, "山洪灾害监测站点维护数量", "≥85", "处"),
        (15, "河湖巡查覆盖率", "=100", "%"),
        (15, "灌溉渠系维修长度", "≥36", "公里"),
        (10, "渠系维修工程质量合格率", "≥95", "%"),
        (10, "汛前水利工程隐患排查完成时间", "2026年5月31日前", None),
        (10, "每公里渠系维修成本", "≤5.5", "万元/公里"),
        (10, "新增有效灌溉面积", "≥1.2", "万亩"),
        (10, "受益群众满意度", "≥90", "%"),
    ])  # fmt: skip
    s.row("填表说明：指标值含比较符，计量单位单列。", merge=[(1, 6)])
    sign(s, "唐永红", "范志强", "0734-5538216")
    return b
