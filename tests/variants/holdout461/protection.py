"""Site protection of rock art (zc13–zc18): department budgets with shares and tasks, template
rows left empty, marked and abbreviated tier labels with notes, a flat list, stacked
multi-year projects."""

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
    "zc13-protect-department-money",
    (12,),
    "department, NAT-2021: budget with shares, "
    "protection tasks adding to 金额合计, a cost standard × count equal to its task (correct)",
)
def zc13() -> Book:
    b, s = department(
        year=2025, dept="鹰嘴峡县岩画保护管理所",
        budget=[(wan(800), wan(720), wan(80), wan(320), wan(480)),
                (pct(1), pct(0.9), pct(0.1), pct(0.4), pct(0.6))],
        goal="加固岩画点12处，建设防护栏3.2公里，全年巡查不少于48次",
        tasks=[
            ("岩画本体加固", "12处岩画裂隙灌浆和危岩锚固", wan(210), "加固12处"),
            ("防护设施建设", "防护栏和警示标识", wan(150), "防护栏3.2公里"),
            ("巡查监测", "日常巡查和病害监测", wan(120), "巡查≥48次"),
            ("金额合计", None, wan(480), None),
        ],
    )  # fmt: skip
    table(s, (*TIERS, "指标值"), [
        ("产出指标", "数量指标", "本体加固岩画点数", "≥12处"),
        (None, None, "防护栏建设长度", "≥3.2公里"),
        (None, None, "岩画点年度巡查次数", "≥48次"),
        (None, "质量指标", "加固工程验收合格率", "≥95%"),
        ("成本指标", "经济成本指标", "单处本体加固成本", "≤17.5万元/处"),
        ("效益指标", "生态效益指标", "岩面病害新增面积下降率", "≥10%"),
        (None, "可持续影响指标", "岩画长效巡护机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "zc14-protect-department-wrong",
    (12,),
    "department, NAT-2021: 基本支出 + 项目支出 ≠ "
    "资金总额, a share that does not match its amount, tasks not adding to 金额合计",
)
def zc14() -> Book:
    total = mk(wan(600), "B101", "error", row=True, note="基本支出240＋项目支出340＝580≠600")
    share = mk(pct(0.15), "B111", "error", note="其他资金60÷600＝10%，不是15%")
    summed = mk(wan(340), "B102", "error", note="任务金额150＋110＋70＝330≠340")
    b, s = department(
        year=2025, dept="乌蓬县岩画保护管理所",
        budget=[(total, wan(540), wan(60), wan(240), wan(340)),
                (pct(1), pct(0.9), share, pct(0.4), pct(0.57))],
        goal="完成岩画点防渗排水工程8处，修缮围栏2.6公里，安装监测设备20套",
        tasks=[
            ("岩画防渗排水", "8处岩画点截水沟和防渗层", wan(150), "完成8处"),
            ("围栏修缮", "修缮岩画保护围栏", wan(110), "修缮2.6公里"),
            ("监测设备", "温湿度和裂隙监测设备", wan(70), "安装20套"),
            ("金额合计", None, summed, None),
        ],
    )  # fmt: skip
    table(s, (*TIERS, "指标值"), [
        ("产出指标", "数量指标", "防渗排水工程处数", "≥8处"),
        (None, None, "围栏修缮长度", "≥2.6公里"),
        (None, None, "监测设备安装套数", "≥20套"),
        (None, "质量指标", "工程验收合格率", "≥95%"),
        ("成本指标", "经济成本指标", "单套监测设备成本", "≤3.5万元/套"),
        ("效益指标", "可持续影响指标", "监测数据连续采集月数", "≥10个月"),
        ("满意度指标", "服务对象满意度指标", "管护员满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "zc15-protect-template-rows",
    (6, 13),
    "project, NAT-2021, header 预期目标: two tier-2 "
    "labels left from the template without indicators, a value without a name",
)
def zc15() -> Book:
    b, s = project(
        year=2025,
        name="岩画点防护围栏修缮",
        dept="赭岩县文化广电和旅游局 318004",
        unit="赭岩县岩画研究所",
        money=funds(35, 32, 3),
        goals=["修缮岩画点防护围栏2.4公里，新设警示牌6处"],
    )
    noname = mk(None, "F110", "error", note="有指标值≥6处，没有三级指标名称")
    timely = mk("时效指标", "F109", "warning", row=True, note="模板行未填写")
    eco = mk("生态环境成本指标", "F109", "warning", row=True, note="模板行未填写")
    table(s, (*TIERS, "预期目标"), [
        ("产出指标", "数量指标", "防护围栏修缮长度", "≥2.4公里"),
        (None, None, noname, "≥6处"),
        (None, "质量指标", "修缮工程验收合格率", "≥95%"),
        (None, timely, None, None),
        ("成本指标", "经济成本指标", "每公里围栏修缮成本", "≤12万元/公里"),
        (None, eco, None, None),
        ("效益指标", "社会效益指标", "游客违规触摸岩画事件数", "≤5起"),
        (None, "可持续影响指标", "围栏设计使用年限", "≥15年"),
        ("满意度指标", "服务对象满意度指标", "管护员满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "zc16-protect-marked-labels",
    (4, 5),
    "project, OLD-NAT, labels with * and ★ and "
    "abbreviated, a 注 row, the header repeated after a page break, 说明 and signature (correct)",
)
def zc16() -> Book:
    b, s = project(
        year=2025,
        name="岩画点安防监控建设",
        dept="乌蓬县文物局 405002",
        unit="乌蓬县文物管理所",
        money=funds(75, 70, 5),
        goals=["在10处岩画点安装安防监控并接入县文物安全平台，维护巡护道路6公里"],
    )
    header = (*TIERS, "指标值")
    table(s, header, [
        ("*产出指标", "数量", "安防监控安装点数", "≥10处"),
        (None, None, "巡护道路维护长度", "≥6公里"),
        (None, "质量", "监控设备在线率", "≥95%"),
        (None, "★时效指标", "监控系统投运时间", "2025年10月31日前"),
        (None, "成本", "单点监控安装成本", "≤4.5万元/处"),
        (None, None, "每公里道路维护成本", "≤3万元/公里"),
    ])  # fmt: skip
    notes(s, "注：监控点位以县文物局批复的安防方案为准。", width=4)
    s.skip()
    table(s, header, [
        ("效益指标", "社会效益", "岩画盗损案件数", "≤0起"),
        (None, "可持续影响", "安防值守制度", "建立并执行"),
        ("*满意度指标", "服务对象满意度", "周边村民满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "说明：1.本表金额单位为万元；2.成本指标按批复的安防方案测算。",
          "填表说明：带*和★的指标为必填指标，不得删除。")  # fmt: skip
    sign(s, "斛明远", "0937-5170326", day(2024, 12, 18, CN_DATE))
    return b


@variant(
    "zc17-protect-flat-defects",
    (3,),
    "department, flat list (指标名称 · 指标值 · 指标性质 "
    "as direction · 计量单位 · 权重): a unit conflict, a rate as a count, weights to 95",
)
def zc17() -> Book:
    b, s = department(
        year=2025, dept="黑砾山岩画保护站",
        budget=[(wan(260), wan(240), wan(20), wan(110), wan(150))],
        goal="埋设保护界桩80个，加固岩画35处，全年巡查不少于48次",
        tasks=[
            ("界桩埋设", "岩画保护范围界桩", wan(40), "埋设80个"),
            ("本体加固", "岩画裂隙加固", wan(75), "加固35处"),
            ("巡查宣传", "日常巡查和保护宣传", wan(35), "巡查48次"),
            ("金额合计", None, wan(150), None),
        ],
    )  # fmt: skip
    b.file_mark("W101", "error", note="权重15+15+10+15+10+10+10+10＝95，应为100")
    area = mk("≥35处", "T112", "error", note="指标值单位处与计量单位列平方米不一致")
    rate = mk("12次", "T105", "error", note="及时率写成次数")
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("岩画保护范围界桩埋设数", "≥80", "正向", "个", 15),
        ("岩画本体加固面积", area, "正向", "平方米", 15),
        ("巡查记录上传及时率", rate, "正向", "次", 10),
        ("岩画点巡查次数", "≥48", "正向", "次", 15),
        ("单处本体加固成本", "≤2", "反向", "万元/处", 10),
        ("游客触摸岩画事件数", "≤5", "反向", "起", 10),
        ("保护知识宣传覆盖人次", "≥5000", "正向", "人次", 10),
        ("周边群众满意度", "≥90", "正向", "%", 10),
    ])  # fmt: skip
    return b


@variant(
    "zc18-protect-stacked-multiyear",
    (2, 8, 12),
    "two multi-year protection projects "
    "stacked, NAT-2021, 中期 and 年度 columns: the second's annual money and one count exceed "
    "the period",
)
def zc18() -> Book:
    head = {"dept": "鹰嘴峡县文化和旅游局 217006", "unit": "鹰嘴峡县岩画保护管理所"}
    header = (*TIERS, "中期指标值", "年度指标值")
    b, s = project(
        year=2025, years=2, name="岩画点危岩体治理（2025—2026年）",
        money=funds2((140, 130, 10), (70, 65, 5)),
        goals=["两年治理危岩体16处", "2025年治理危岩体8处"], **head,
    )  # fmt: skip
    table(s, header, [
        ("产出指标", "数量指标", "危岩体治理处数", "≥16处", "≥8处"),
        (None, "质量指标", "治理工程验收合格率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "单处危岩体治理成本", "≤8万元/处", "≤8万元/处"),
        ("效益指标", "社会效益指标", "危岩崩落损毁岩画事件数", "≤1起", "≤1起"),
        ("满意度指标", "服务对象满意度指标", "管护员满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    s.skip()
    over = mk(wan(260), "B103", "error", row=True, note="年度资金260万元大于中期资金240万元")
    project_head(
        s, year=2025, years=3, name="岩画渗水病害治理（2025—2027年）", title="",
        money=funds2((240, 220, 20), (over, 240, 20)),
        goals=["三年治理渗水病害岩画点30处", "2025年完成首批渗水病害岩画点治理"], **head,
    )  # fmt: skip
    count = mk("≥36处", "D201", "error", note="年度36处大于中期30处")
    table(s, header, [
        ("产出指标", "数量指标", "渗水病害治理点数", "≥30处", count),
        (None, "质量指标", "治理后渗水复发率", "≤5%", "≤5%"),
        ("成本指标", "经济成本指标", "单点渗水治理成本", "≤7万元/处", "≤7万元/处"),
        ("效益指标", "可持续影响指标", "渗水监测点保留年限", "≥10年", "≥10年"),
        ("满意度指标", "服务对象满意度指标", "管护员满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b
