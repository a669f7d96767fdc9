"""Construction-site dust control (施工扬尘治理): six returns, three of them correct."""

from __future__ import annotations

from tests.variants.holdout770.common import (
    department,
    indicators,
    multi_year,
    new_book,
    notes,
    one_year,
    project,
    signature,
    wan,
)
from tests.variants.holdout770.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct


@variant("kcz13-dust-flat-list", (3, 1),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "percent cells, weights adding to 100 (correct)")  # fmt: skip
def dust_flat_list() -> Book:
    b, s = new_book()
    goal = (
        "对全市在建房屋建筑和市政工地开展扬尘治理监管，落实“六个百分之百”要求，"
        "全年工地扬尘投诉量下降20%以上。"
    )
    department(s, "澄岭市建设工程质量安全监督站", (1480, 1390, 90, 860, 620), goal)
    s.row("年度绩效指标", merge=[(1, 5)])
    rows = [
        ("在建工地扬尘专项检查次数", 15, "次", "≥", 1200),
        ("扬尘在线监测设备接入工地数量", 15, "个", "≥", 320),
        ("工地围挡设置达标率", 10, "%", "≥", pct(0.95)),
        ("裸土及物料堆场覆盖率", 10, "%", "≥", pct(0.95)),
        ("出入口车辆冲洗设施配置率", 10, "%", "=", pct(1)),
        ("扬尘问题整改按期完成率", 10, "%", "≥", pct(0.95)),
        ("工地扬尘投诉量下降率", 10, "%", "≥", pct(0.2)),
        ("单个监测点年运维费用", 10, "元/个", "≤", 4800),
        ("工地周边居民满意度", 10, "%", "≥", pct(0.85)),
    ]
    indicators(s, ("指标名称", "权重", "计量单位", "指标性质", "指标值"), rows, merged=())
    signature(s, "柯望舒", "0739-6673306")
    return b


@variant(
    "kcz14-dust-flat-weights",
    (3,),
    "department, flat list in another order (指标名称 · 指标值 · 指标性质 as direction · "
    "计量单位 · 权重): weights to 95, one rate twice with a word more, a rate as a count",
)
def dust_flat_weights() -> Book:
    b, s = new_book()
    goal = "加强槐川区建筑工地扬尘执法检查，推进在线监测设备安装，减少渣土运输抛洒扬尘。"
    department(s, "澄岭市槐川区住房和城乡建设局", (960, 900, 60, 540, 420), goal)
    b.file_mark("W101", "error", note="权重合计 15 + 8 × 10 = 95，应为100")
    rows = [
        ("工地扬尘执法检查次数", "≥600", "正向", "次", 15),
        ("在建工地扬尘监测设备安装率", "≥90%", "正向", "%", 10),
        ("在建工地扬尘在线监测设备安装率", mk(
            "≥95%", "D103", "error", row=True, alt=("D102", "D101"),
            note="与上一行是同一指标（多“在线”二字），指标值却不同"), "正向", "%", 10),
        ("渣土运输车辆密闭运输达标率", mk(
            "≥180", "T105", "error", row=True, alt=("T112",),
            note="达标率给的是车辆数"), "正向", "辆", 10),
        ("裸土及物料堆场覆盖率", "≥95%", "正向", "%", 10),
        ("工地扬尘投诉办结时长", "≤3", "反向", "工作日", 10),
        ("单个工地扬尘治理补助", "≤1.5", "反向", "万元/个", 10),
        ("城区PM10平均浓度下降率", "≥5%", "正向", "%", 10),
        ("工地周边居民满意度", "≥85%", "正向", "%", 10),
    ]  # fmt: skip
    indicators(s, ("指标名称", "指标值", "指标性质", "计量单位", "权重"), rows, merged=())
    signature(s, "柯望舒", "0739-6673306")
    return b


@variant("kcz15-dust-two-year", (8, 4),
         "two-year project 2026–2027, NAT-2021, 中期 and 年度 columns, 填表说明 lines and a "
         "signature dated the year before (correct)")  # fmt: skip
def dust_two_year() -> Book:
    b, s = new_book()
    goals = [
        "2026年—2027年为全市在建工地安装扬尘在线监测设备420套，建成市级扬尘监管平台，"
        "2027年底前实现规模以上在建工地监测全覆盖。",
        "2026年安装扬尘在线监测设备240套，完成监管平台一期建设并上线试运行。",
    ]
    project(s, "澄岭市建筑工地扬尘在线监测系统建设项目", "澄岭市建设工程质量安全监督站",
            multi_year((wan(1280), wan(1080), wan(200)), (wan(760), wan(640), wan(120))),
            goals, years=2, attr="新增项目")  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "安装扬尘在线监测设备", "≥420套", "≥240套"),
        (None, None, "接入监管平台工地数量", "≥420个", "≥240个"),
        (None, "质量指标", "监测数据有效传输率", pct(0.95), pct(0.95)),
        (None, None, "设备安装验收合格率", "100%", "100%"),
        (None, "时效指标", "监管平台上线时间", "2027年6月30日前", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "单套设备购置及安装费用", "≤2.6万元/套", "≤2.6万元/套"),
        ("效益指标", "社会效益指标", "扬尘问题发现至整改平均时长", "≤48小时", "≤48小时"),
        (None, "生态效益指标", "工地PM10超标报警次数下降率", "≥30%", "≥15%"),
        ("满意度指标", "服务对象满意度指标", "监管人员及施工企业满意度", "≥85%", "≥85%"),
    ]
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), rows)
    notes(s, "填表说明：1.中期指标值为2026—2027年累计数；", "2.年度指标值为2026年度数。")
    signature(s, "柯望舒", "0739-6673306", day(2025, 11, 26, CN_DATE))
    return b


@variant(
    "kcz16-dust-export-years",
    (7, 9, 12),
    "budget-system export: head on sheet 05-1, codes in the first columns of sheet 05-2 with "
    "the header on the third row: last year's goal, a deadline next year, cost × count",
)
def dust_export_years() -> Book:
    b, s = new_book("部门项目支出预算05-1")
    goal = mk(
        "2025年完成全市房屋建筑工地扬尘治理“六个百分之百”达标创建，新增在线监测设备260套。",
        "Y103", "error", alt=("Y101",), note="预算年度2026年的一年期项目，年度目标仍写2025年",
    )  # fmt: skip
    project(s, "澄岭市房屋建筑工地扬尘治理达标创建项目", "澄岭市建筑市场监管服务中心",
            one_year(wan(860), wan(800), wan(60)), [goal])  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (18, 26, 12, 16, 30, 18))
    t.title("部门项目支出绩效目标表", 6)
    t.row("单位：澄岭市建筑市场监管服务中心", None, None, None, None, "金额单位：万元")
    code, name = "317006-26-0031", "澄岭市房屋建筑工地扬尘治理达标创建项目"
    rows = [
        ("产出指标", "数量指标", "新增扬尘在线监测设备", "≥260套"),
        ("产出指标", "数量指标", "达标创建工地数量", "≥150个"),
        ("产出指标", "质量指标", "建筑垃圾运输车辆密闭率", "=100%"),
        ("产出指标", "时效指标", "扬尘监管平台升级完成时间", mk(
            "2027年6月30日前", "Y102", "error", row=True, alt=("Y103",),
            note="一年期项目（2026年），完成时限落在2027年")),
        ("产出指标", "成本指标", "在线监测设备补助标准", mk(
            "≤3.5万元/套", "B107", "warning", row=True,
            note="3.5万元/套 × 260套 = 910万元，超过年度资金860万元")),
        ("效益指标", "社会效益指标", "工地扬尘投诉量下降率", "≥20%"),
        ("满意度指标", "服务对象满意度指标", "工地周边居民满意度", "≥90%"),
    ]  # fmt: skip
    head = ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
    indicators(t, head, [(code, name, *r) for r in rows], merged=())
    return b


@variant("kcz17-dust-decorated-labels", (5, 7, 11),
         "project, OLD-NAT, labels marked * and ★, a two-row header 预期目标 over 比较符 and "
         "目标值, an 指标值设定依据 column, 0次 on a 通报 count (correct)")  # fmt: skip
def dust_decorated_labels() -> Book:
    b, s = new_book()
    goal = (
        "对全市不少于380个在建房屋市政工地开展扬尘专项检查全覆盖，"
        "工地扬尘投诉办结时长压缩至5个工作日以内。"
    )
    project(s, "澄岭市房屋市政工程施工扬尘精细化治理项目", "澄岭市建设工程质量安全监督站",
            one_year(wan(540), wan(480), wan(60)), [goal])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "预期目标", None, "指标值设定依据", merge=[(4, 5)])
    s.row(None, None, None, "比较符", "目标值", None)
    for c in (1, 2, 3, 6):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
    rows = [
        ("*产出指标", "*数量指标", "★在建工地扬尘专项检查覆盖工地数", "≥", "380个", "计划标准"),
        (None, None, "扬尘治理第三方巡查次数", "≥", "4560次", "计划标准"),
        (None, "*质量指标", "★工地“六个百分之百”落实率", "≥", pct(0.95), "行业标准"),
        (None, "时效指标", "扬尘投诉办结时长", "≤", "5个工作日", "计划标准"),
        (None, "成本指标", "单个工地年度巡查服务费", "≤", "1.35万元/个", "历史标准"),
        ("*效益指标", "生态效益指标", "工地扬尘投诉量下降率", "≥", pct(0.15), "历史标准"),
        (None, "社会效益指标", "因扬尘问题被省级通报次数", "≤", "0次", "计划标准"),
        ("*满意度指标", "服务对象满意度指标", "工地周边居民满意度", "≥", pct(0.9), "行业标准"),
    ]
    s.table(rows, merged=(1, 2))
    signature(s, "柯望舒", "0739-6673306")
    return b


@variant("kcz18-dust-template-rows", (6, 13),
         "project, NAT-2021, header 预期目标: a value without a name, a tier-2 left from the "
         "template, the template's example row left in")  # fmt: skip
def dust_template_rows() -> Book:
    b, s = new_book()
    goal = "全年开展建筑工地扬尘专项执法检查不少于900次，查处扬尘违法案件并按期整改到位。"
    project(s, "澄岭市建筑工地扬尘治理专项执法经费", "澄岭市建筑市场监管服务中心",
            one_year(wan(320), wan(300), wan(20)), [goal])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "扬尘专项执法检查次数", "≥900次"),
        (None, None, mk(None, "F110", "error", note="填了指标值“≥120件”，却没有三级指标名称"),
         "≥120件"),
        (None, "质量指标", "扬尘违法案件按期整改率", "≥95%"),
        (None, mk("时效指标", "F109", "warning", row=True, note="模板留下的二级指标，未填指标"),
         None, None),
        ("成本指标", "经济成本指标", "单次执法检查平均成本", "≤0.3万元/次"),
        ("效益指标", "社会效益指标", "工地扬尘投诉量下降率", "≥15%"),
        (None, "生态效益指标", "（示例）新增城市绿地面积", mk(
            "≥XX平方米", "X101", "error", row=True, note="模板的示例行未删除，占位符XX未填")),
        ("满意度指标", "服务对象满意度指标", "工地周边居民满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), rows)
    signature(s, "柯望舒", "0739-6673306")
    return b
