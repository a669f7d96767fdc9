"""Department tables with task blocks, two projects stacked in one sheet, and flat lists
without tiers (rp13–rp18)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout266.common import ONE, book, indicators, note, one_year_money, sign, wan
from tests.variants.holdout266.registry import variant
from tests.variants.kit import Book, Sheet, mk, pct

FLAT = ("序号", "指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant("rp13-quake-bureau-department", (1, 4, 5, 12), "department table, NAT-2021, tasks "
         "adding up to 项目支出, 时效指标(进度指标), a 连续率 typed as 99%, a 误报率 ≤1%, a "
         "footnote (correct)")  # fmt: skip
def rp13() -> Book:
    b, s = book("部门整体绩效目标")
    department_head(
        s, year=2026, dept="青峰市地震局",
        budget=[(wan(1280), wan(1200), wan(80), wan(860), wan(420))],
        tasks=[
            ("地震监测台网运维", "维护测震、强震动和前兆台站58个", wan(180), "台网稳定运行"),
            ("地震速报与信息服务", "自动速报、正式速报及信息发布", wan(90), "速报及时准确"),
            ("防震减灾科普宣传", "科普进校园、进社区活动30场", wan(60), "公众知晓率提升"),
            ("城区活动断层探测", "完成城区2条活动断层探测", wan(90), "按期提交探测报告"),
            ("金额合计", None, wan(420), None),
        ],
        goal="2026年确保地震监测台网稳定运行，地震自动速报不超过2分钟，完成城区2条活动断层"
             "探测，公众防震减灾知识知晓率达到85%以上。",
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "维护地震监测台站", "≥58个"),
        (None, None, "防震减灾科普宣传活动", "≥30场"),
        (None, None, "完成活动断层探测", "≥2条"),
        (None, "质量指标(标准指标)", "台网数据连续率", pct(0.99)),
        (None, None, "地震自动速报误报率", "≤1%"),
        (None, "时效指标(进度指标)", "地震自动速报时间", "≤2分钟"),
        (None, None, "活动断层探测报告提交时间", "2026年12月15日前"),
        ("成本指标", "经济成本指标", "单台站年度运维成本", "≤3万元/个"),
        ("效益指标", "社会效益指标", "公众防震减灾知识知晓率", "≥85%"),
        (None, "可持续影响指标", "地震监测预报工作责任制", "健全"),
        ("满意度指标", "服务对象满意度指标", "社会公众满意度", "≥90%"),
    ])  # fmt: skip
    note(s, "注：本表金额单位为万元；指标值为2026年度目标值。")
    sign(s, "邵临川", "甘若溪", "0739-53126084")
    return b


@variant("rp14-weather-bureau-total-off", (4, 12), "department table, NAT-2021: 资金总额 ≠ "
         "财政拨款 + 其他资金 (基本 + 项目 holds), a placeholder left in a 及时率")  # fmt: skip
def rp14() -> Book:
    b, s = book("部门整体绩效目标")
    department_head(
        s, year=2026, dept="白鹭市气象局",
        budget=[(mk(wan(2150), "B101", "error", row=True, note="1980 + 150 = 2130"),
                 wan(1980), wan(150), wan(1650), wan(500))],
        tasks=[
            ("气象观测站网运维", "国家站6个、区域站186个运行维护", wan(200), "数据到报率≥99%"),
            ("人工影响天气作业", "增雨防雹作业及作业点安全管理", wan(150), "全年作业≥60次"),
            ("预警信息发布", "预警发布平台及大喇叭终端运维", wan(90), "预警覆盖率≥95%"),
            ("气象科普宣传", "气象科普进校园、进乡村", wan(60), "科普活动≥20场"),
            ("金额合计", None, wan(500), None),
        ],
        goal="2026年保障气象观测站网稳定运行，全年开展人工影响天气作业60次以上，预警信息公众"
             "覆盖率达到95%，暴雨预警提前量达到40分钟以上。",
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "运维区域自动气象站", "≥186个"),
        (None, None, "人工影响天气作业", "≥60次"),
        (None, None, "气象科普活动", "≥20场"),
        (None, "质量指标（标准指标）", "观测数据到报率", pct(0.99)),
        (None, None, "暴雨预警误报率", "≤25%"),
        (None, "时效指标（进度指标）", "气象灾害预警信号发布及时率",
         mk("≥XX%", "X101", "error", row=True, note="XX left from the template")),
        (None, None, "暴雨预警提前量", "≥40分钟"),
        ("成本指标", "经济成本指标", "区域站单站年度维护成本", "≤0.9万元/个"),
        ("效益指标", "社会效益指标", "预警信息公众覆盖率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "公众气象服务满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "蒙知白", "晏清和", "0660-32874105")
    return b


def _aerial(s: Sheet) -> None:
    """The first stacked project of rp15: aerial photography and a 3-D city model."""
    project_head(
        s, year=2026, name="基础测绘航空摄影及实景三维建设项目", dept="岷阳市自然资源局（210）",
        unit="岷阳市测绘地理信息院", attr="新增项目",
        money=one_year_money(wan(210), wan(200), wan(10)),
        goals=["2026年完成全市1200平方公里航空摄影和中心城区60平方公里实景三维模型生产，"
               "成果向20个以上部门共享。"],
        title="2026年度项目支出绩效目标表（测绘地理信息）",
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "航空摄影面积", "≥1200平方公里"),
        (None, None, "实景三维模型生产面积", "≥60平方公里"),
        (None, "质量指标(或标准指标)", "航摄及建模成果质检合格率", pct(1)),
        (None, "时效指标(或进度指标)", "成果提交时间", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "单位面积航空摄影成本", "≤0.1万元/平方公里"),
        (None, None, "实景三维单位面积建模成本", "≤1.2万元/平方公里"),
        ("效益指标", "社会效益指标", "成果共享部门", "≥20个"),
        ("满意度指标", "服务对象满意度指标", "用户单位满意度", "≥90%"),
    ])  # fmt: skip


def _platform(s: Sheet) -> None:
    """The second stacked project of rp15: the map service platform."""
    project_head(
        s, year=2026, name="地理信息公共服务平台运行维护项目", dept="岷阳市自然资源局（210）",
        unit="岷阳市地理信息中心", money=one_year_money(wan(48), wan(48), wan(0)),
        goals=["2026年保障地理信息公共服务平台全年稳定运行，地图服务调用500万次以上，"
               "接入政务部门20个以上。"],
        title="",
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "地图服务调用次数", "≥500万次"),
        (None, "质量指标(或标准指标)", "平台年度可用率", "≥99.5%"),
        (None, "时效指标(或进度指标)", "平台故障恢复时间", "≤4小时"),
        ("成本指标", "经济成本指标", "平台月均运维费用", "≤3.5万元/月"),
        ("效益指标", "社会效益指标", "接入平台的政务部门", "≥20个"),
        ("满意度指标", "服务对象满意度指标", "用户单位满意度", "≥90%"),
    ])  # fmt: skip


@variant("rp15-surveying-two-projects", (1, 2, 5), "two one-year projects stacked in one "
         "sheet, NAT-2021, (或标准指标) labels: the same 满意度 name and the same ≥20个 in both "
         "projects, a 合格率 typed as 100% (correct)")  # fmt: skip
def rp15() -> Book:
    b, s = book("项目绩效目标")
    _aerial(s)
    s.skip()
    _platform(s)
    sign(s, "解青梧", "冼见山", "0816-24537019")
    return b


def _stations(s: Sheet) -> None:
    """The first stacked project of rp16: a cost over its money and a conflicting duplicate."""
    project_head(
        s, year=2026, name="区域自动气象站运行维护项目", dept="安澜县气象局（316）",
        unit="安澜县气象探测中心", money=one_year_money(wan(150), wan(140), wan(10)),
        goals=["2026年维护区域自动气象站200个，观测数据到报率达到98%以上。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "维护区域自动气象站", "≥200个"),
        (None, "质量指标（标准指标）", "观测数据到报率", "≥98%"),
        (None, "时效指标（进度指标）", "站点故障平均修复时间", "≤12小时"),
        ("成本指标", "经济成本指标", "单站年度维护成本",
         mk("≤0.9万元/个", "B107", "warning", row=True, note="0.9 × 200 = 180 > 150")),
        ("效益指标", "社会效益指标", "观测数据到报率",
         mk("≥99%", "D102", "error", row=True, alt=("D103", "D101"),
            note="98% above, 99% here")),
        ("满意度指标", "服务对象满意度指标", "数据用户满意度", "≥90%"),
    ])  # fmt: skip


def _cloud(s: Sheet) -> None:
    """The second stacked project of rp16: its total is not its sources."""
    project_head(
        s, year=2026, name="人工影响天气作业项目", dept="安澜县气象局（316）",
        unit="安澜县人工影响天气中心",
        money=one_year_money(mk(wan(85), "B101", "error", note="70 + 5 = 75"), wan(70), wan(5)),
        goals=["2026年开展人工增雨防雹作业50次以上，作业安全事故为零。"], title="",
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "人工增雨防雹作业", "≥50次"),
        (None, "质量指标（标准指标）", "作业信息上报准确率", "≥98%"),
        (None, "时效指标（进度指标）", "作业信息上报时间", "≤30分钟"),
        ("成本指标", "经济成本指标", "单次作业平均成本", "≤1万元/次"),
        ("效益指标", "社会效益指标", "人工影响天气作业安全事故", "=0起"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip


@variant("rp16-weather-two-projects-money", (2, 5, 12), "two one-year projects stacked in one "
         "sheet, NAT-2021: a unit cost × count over the money, the same 到报率 twice with two "
         "targets, the second project's total not its sources")  # fmt: skip
def rp16() -> Book:
    b, s = book("项目绩效目标")
    _stations(s)
    s.skip()
    _cloud(s)
    sign(s, "覃照野", "聂疏桐", "0778-69210453")
    return b


@variant("rp17-weather-flat-list", (1, 3, 4, 11), "department table with a flat "
         "indicator list (序号 · 指标名称 · 权重 · 计量单位 · 指标性质 · 指标值): 反向 "
         "误报率 and 发布时间 with ≤, 正向 提前量 with ≥, =0人, an 准确率 typed as 87%, "
         "weights adding to 100 (correct)")  # fmt: skip
def rp17() -> Book:
    b, s = book("部门整体绩效目标", (8, 30, 10, 12, 12, 16))
    department_head(
        s, year=2025, dept="北沅县气象局",
        budget=[(wan(960), wan(900), wan(60), wan(700), wan(260))],
        goal="2025年提升短时临近预警能力，暴雨预警信号提前量达到45分钟以上，突发气象灾害预警"
             "信息10分钟内发布，气象灾害不造成人员死亡。",
    )  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 6)])
    s.row(*FLAT)
    s.table([
        (1, "天气预报产品发布", 10, "期", "正向", "≥730"),
        (2, "24小时晴雨预报准确率", 15, "%", "正向", pct(0.87)),
        (3, "暴雨预警信号提前量", 10, "分钟", "正向", "≥45"),
        (4, "暴雨预警误报率", 10, "%", "反向", "≤30"),
        (5, "国家级自动站数据到报率", 10, "%", "正向", "≥99"),
        (6, "突发气象灾害预警信息发布时间", 10, "分钟", "反向", "≤10"),
        (7, "人工增雨作业", 10, "次", "正向", "≥25"),
        (8, "气象科普进校园活动", 5, "场", "正向", "≥12"),
        (9, "气象灾害造成人员死亡", 10, "人", "反向", "=0"),
        (10, "公众气象服务满意度", 10, "%", "正向", "≥90"),
    ])  # fmt: skip
    note(s, "注：指标性质“正向”指数值越大越好，“反向”指数值越小越好；权重合计100。")
    sign(s, "龚晚晴", "钮怀川", "0745-42618039")
    return b


@variant("rp18-survey-flat-list-weights", (3, 6), "department table with a flat indicator "
         "list: a value left empty, weights adding to 110")  # fmt: skip
def rp18() -> Book:
    b, s = book("部门整体绩效目标", (8, 30, 10, 12, 12, 16))
    department_head(
        s, year=2026, dept="西岭市测绘地理信息中心",
        budget=[(wan(640), wan(600), wan(40), wan(420), wan(220))],
        goal="2026年完成城区1:500地形图修补测12平方公里，维护界桩86个，测绘成果质检优良率"
             "达到90%，全年不发生地理信息安全事件。",
    )  # fmt: skip
    s.row(*FLAT)
    s.table([
        (1, "1:500地形图修补测面积", 15, "平方公里", "正向", "≥12"),
        (2, "测绘成果质检优良率", 15, "%", "正向", pct(0.9)),
        (3, "界桩维护数量", 10, "个", "正向", "≥86"),
        (4, "地理信息数据更新周期", 10, "月", "反向", "≤6"),
        (5, "测量标志完好率", 10, "%", "正向", "≥95"),
        (6, "测绘资质单位监督检查", 10, "家", "正向",
         mk(None, "T101", "error", note="no target")),
        (7, "地理信息安全事件", 10, "起", "反向", "=0"),
        (8, "政务地图服务响应时间", 10, "小时", "反向", "≤24"),
        (9, "标准地图下载次数", 10, "次", "正向", "≥5000"),
        (10, "用图单位满意度", 10, "%", "正向", "≥90"),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="the weights add up to 110, not 100")
    sign(s, "阙北辰", "管听雪", "0913-28476150")
    return b
