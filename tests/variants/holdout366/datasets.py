"""Glacier and permafrost data returns: data centres, sharing platforms, exports, artefacts."""

from __future__ import annotations

from tests.variants.holdout366.common import (
    YEAR,
    book,
    department,
    funds,
    indicators,
    notes,
    project,
    signature,
    w,
)
from tests.variants.holdout366.registry import variant
from tests.variants.kit import Book, mk, ok, pct

CENTRE = "雪岭州冰川冻土数据中心"
GOAL = "完成冰川冻土观测数据汇交、质控与共享，保障监测网络稳定运行。"


@variant("vl13-data-flat", (1, 3),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "typed percents, a 0起 incident target, weights adding to 100 (correct)")  # fmt: skip
def data_flat() -> Book:
    b, s = book()
    department(s, CENTRE, (520, 480, 40, 210, 310), GOAL, tasks=[
        ("观测数据汇交质控", "汇交冰川、冻土站点观测数据并质控", w(180), "数据入库率≥95%"),
        ("监测网络运维", "运维自动站与数据传输链路", w(130), "站点在线率≥95%"),
        ("金额合计", None, w(310), None),
    ])  # fmt: skip
    s.row("年度绩效指标")
    indicators(s, ("指标名称", "权重", "计量单位", "指标性质", "指标值"), [
        ("汇交入库观测站点数", 20, "个", "≥", 64),
        ("观测数据质控入库率", 20, "%", "≥", pct(0.95)),
        ("自动站在线率", 15, "%", "≥", pct(0.95)),
        ("数据共享服务次数", 15, "次", "≥", 300),
        ("网络安全事件发生次数", 10, "起", "=", 0),
        ("数据产品发布时限", 10, "工作日", "≤", 15),
        ("数据用户满意度", 10, "%", "≥", pct(0.9)),
    ], merged=())  # fmt: skip
    signature(s, "米热古丽", "0997-6312904", (2025, 11, 20))
    return b


@variant("vl14-data-flat-defects", (3,),
         "department, flat list in another order (指标名称 · 指标值 · 指标性质 as direction · "
         "计量单位 · 权重): a unit conflict and weights adding to 95")  # fmt: skip
def data_flat_defects() -> Book:
    b, s = book()
    department(s, "雪岭州冻土数据共享服务站", (260, 240, 20, 120, 140), GOAL)
    s.row("年度绩效指标")
    b.file_mark("W101", "error", note="weights 20 + 20 + 15 + 15 + 10 + 15 = 95, not 100")
    cost = mk("≤12万元", "T112", "error",
              note="an amount in 万元 against the unit column 台")  # fmt: skip
    indicators(s, ("指标名称", "指标值", "指标性质", "计量单位", "权重"), [
        ("冻土数据集发布数量", "≥8", "正向", "个", 20),
        ("数据下载服务人次", "≥1500", "正向", "人次", 20),
        ("存储扩容采购成本", cost, "反向", "台", 15),
        ("数据集元数据完整率", "≥98", "正向", "%", 15),
        ("数据服务请求响应时间", "≤2", "反向", "工作日", 10),
        ("数据用户满意度", "≥90", "正向", "%", 15),
    ], merged=())  # fmt: skip
    return b


@variant("vl15-data-export", (7, 12),
         "budget-system export: money lines with codes on sheet 部门项目支出预算05-1, "
         "the indicator table on sheet 部门项目支出绩效目标05-2, header on row 3 "
         "(correct)")  # fmt: skip
def data_export() -> Book:
    b, s = book("部门项目支出预算05-1", (14, 30, 14, 14, 14))
    s.title(f"{YEAR}年部门项目支出预算表", 5)
    s.row("单位：雪岭州冰川冻土数据中心", None, None, None, "单位：万元")
    s.row("项目编码", "项目名称", "合计", "财政拨款", "其他资金")
    s.row("652300260011", "冰川冻土监测数据平台升级", w(96), w(90), w(6))
    s.row("652300260012", "冻土区观测站网通信保障", w(44), w(44), w(0.0))
    s.row("合计", None, w(140), w(134), w(6))
    t = b.sheet("部门项目支出绩效目标05-2", (14, 22, 12, 16, 28, 14))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 6)
    t.row("单位：雪岭州冰川冻土数据中心")
    code, name = "652300260011", "冰川冻土监测数据平台升级"
    rows = [
        ("产出指标", "数量指标", "平台接入观测站点数", "≥70个"),
        ("产出指标", "质量指标", "平台年可用率", "≥99%"),
        ("产出指标", "时效指标", "平台升级上线时间", "9月30日前"),
        ("成本指标", "经济成本指标", "平台升级总成本", "≤96万元"),
        ("效益指标", "社会效益指标", "注册数据用户数", "≥800个"),
        ("效益指标", "可持续影响指标", "数据服务连续运行", "全年不间断"),
        ("满意度指标", "服务对象满意度指标", "数据用户满意度", "≥90%"),
    ]
    code2, name2 = "652300260012", "冻土区观测站网通信保障"
    rows2 = [
        ("产出指标", "数量指标", "保障通信站点数", "≥26个"),
        ("产出指标", "质量指标", "通信链路可用率", "≥98%"),
        ("产出指标", "时效指标", "链路故障恢复时限", "≤48小时"),
        ("成本指标", "经济成本指标", "单站年通信成本", "≤1.6万元/个"),
        ("效益指标", "社会效益指标", "观测数据实时回传站点数", "≥24个"),
        ("满意度指标", "服务对象满意度指标", "站点观测人员满意度", "≥90%"),
    ]
    table = [(code, name, *r) for r in rows] + [(code2, name2, *r) for r in rows2]
    head = ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
    indicators(t, head, table, merged=())
    return b


@variant("vl16-data-department-money", (12,),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额 and task budgets not adding to the "
         "金额合计")  # fmt: skip
def data_department_money() -> Book:
    b, s = book()
    total = mk(w(410), "B101", "error", row=True, note="基本支出 160 + 项目支出 240 = 400 ≠ 410")
    department(s, "雪岭州冰川冻土灾害监测站", (total, 370, 40, 160, 240), GOAL, tasks=[
        ("冰湖冻土灾害巡测", "巡测冰湖与冻融滑塌隐患点", w(150), "巡测隐患点≥80处"),
        ("监测数据汇交", "灾害监测数据汇交入库", w(95), "数据入库率≥95%"),
        ("金额合计", None, mk(w(240), "B102", "error", note="150 + 95 = 245 ≠ 240"), None),
    ])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "巡测隐患点数量", "≥80处"),
        (None, "质量指标", "监测数据入库率", "≥95%"),
        (None, "时效指标", "险情信息报送时限", "≤2小时"),
        ("成本指标", "经济成本指标", "单点巡测成本", "≤1.8万元/处"),
        ("效益指标", "社会效益指标", "灾害预警覆盖乡镇数", "≥12个"),
        ("满意度指标", "服务对象满意度指标", "受益乡镇满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("vl17-data-artefacts", (9,),
         "project, OLD-NAT, one value column, detail lines below the table: a split number "
         "in the money block, an amount pasted twice in a detail line")  # fmt: skip
def data_artefacts() -> Book:
    b, s = book()
    fiscal = mk("106.537 5", "X105", "warning", alt=("X103",),
                note="split number, read as 106.5375; 106.5375 + 14 = 120.5375")  # fmt: skip
    project(s, "冻土测温数据自动传输改造项目", CENTRE, funds(120.5375, fiscal, 14),
            ["为40眼冻土测温钻孔加装自动传输终端。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "改造测温钻孔数量", "≥40眼"),
        (None, "质量指标", "数据自动传输成功率", "≥95%"),
        (None, "时效指标", "改造完成时间", "10月31日前"),
        (None, "成本指标", "单孔改造成本", "≤3万元/眼"),
        ("效益指标", "社会效益指标", "人工取数出行次数减少", "≥60次"),
        ("满意度指标", "服务对象满意度指标", "观测人员满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("资金明细", "明细项目", None, "金额（万元）", merge=[(2, 3)])
    twice = mk("40万40万(含运输)", "X106", "error", alt=("B108",),
               note="40万 pasted twice, read as 40")  # fmt: skip
    s.row(None, "测温链与传输终端购置", None, twice, merge=[(2, 3)])
    s.row(None, "通信链路与数据接入", None, w(35.5375), merge=[(2, 3)])
    s.row(None, "野外安装劳务", None, w(45), merge=[(2, 3)])
    s.row(None, "合计", None, w(120.5375), merge=[(2, 3)])
    return b


@variant("vl18-data-assessment", (7, 11),
         "department, NAT-2021, headers 考核指标 and 目标值（年度）, a 下降率 with ≥, a 0起 "
         "incident count, an 评价标准 column (correct)")  # fmt: skip
def data_assessment() -> Book:
    b, s = book()
    department(s, "雪岭州冰川冻土监测中心", (330, 300, 30, 140, 190), GOAL)
    indicators(s, ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准"), [
        ("产出指标", "数量指标", "冰川冻土观测站点运维数", "≥58个", "每少1个扣1分"),
        (None, "质量指标", "观测数据缺测率下降率", "≥20%", "未达到不得分"),
        (None, "时效指标", "季度数据简报报送时限", "≤15个工作日", "逾期扣2分"),
        ("成本指标", "经济成本指标", "单站年运维成本", "≤3万元/个", "超支不得分"),
        ("效益指标", "社会效益指标", "观测站安全生产事故", "0起", "发生即不得分"),
        (None, "生态效益指标", "冰川冻土变化公报发布", "≥1期", "未发布不得分"),
        ("满意度指标", "服务对象满意度指标", "数据用户满意度",
         ok(pct(0.9), note="a bare 90% on satisfaction reads as ≥"), "每低1%扣1分"),
    ])  # fmt: skip
    notes(s, "注：缺测率下降率为本年缺测率较上年的相对降幅，以正数填报。", width=5)
    signature(s, "郝北川", "0997-6408731", (2025, 11, 26))
    return b
