"""Water bureaus' department returns (flat lists, budgets with shares and tasks) and several
karez and irrigation projects stacked in one sheet."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.holdout460.common import (
    TIERS,
    YEAR,
    book,
    cash,
    indicators,
    notes,
    one_year,
    signature,
)
from tests.variants.holdout460.registry import variant
from tests.variants.kit import Book, Sheet, mk, money, pct

VALUE_HEAD = (*TIERS, "指标值")


@variant("zb13-water-bureau-flat", (3, 1),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "percent cells, a 0起 incident target, weights add to 100 (correct)")  # fmt: skip
def water_bureau_flat() -> Book:
    b, s = book("部门整体")
    department_head(s, year=YEAR, dept="砾原县水利局",
                    budget=[[money(1580), money(1420), money(160), money(380), money(1200)]],
                    tasks=[("坎儿井保护修复", "暗渠清淤、竖井加固", money(620), "修复坎儿井18条"),
                           ("灌区节水改造", "渠道防渗、滴灌改造", money(580), "改造滴灌6000亩"),
                           ("金额合计", None, money(1200), None)],
                    goal="修复坎儿井18条，改造滴灌6000亩，保障绿洲灌溉。")  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("修复坎儿井数量", 15, "条", "≥", 18),
        ("滴灌改造面积", 15, "亩", "≥", 6000),
        ("修复工程验收合格率", 10, "%", "≥", pct(0.95)),
        ("年度任务完成率", 10, "%", "≥", pct(0.9)),
        ("坎儿井修复单位成本", 10, "万元/条", "≤", 30),
        ("坎儿井暗渠坍塌伤亡事故", 10, "起", "=", 0),
        ("农业灌溉用水量下降率", 10, "%", "≥", pct(0.05)),
        ("受益农户", 10, "户", "≥", 2400),
        ("服务对象满意度", 10, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    s.row("合计", 100)
    signature(s, "阿不都", "0995-8862101")
    return b


@variant("zb14-water-bureau-flat-defects", (3, 11),
         "department, flat list (指标名称 · 指标值 · 指标性质 as direction · 计量单位 · 权重): "
         "an amount against a count unit, a 反向 rate with ≥, weights adding to 95")  # fmt: skip
def water_bureau_flat_defects() -> Book:
    b, s = book("部门整体")
    department_head(s, year=YEAR, dept="赤坂县水利局",
                    budget=[[money(960), money(900), money(60), money(260), money(700)]],
                    tasks=[("坎儿井抢险加固", "竖井口防护、暗渠支护", money(380), "加固坎儿井12条"),
                           ("灌区量水设施", "斗口量水设施安装", money(320), "安装量水设施200处"),
                           ("金额合计", None, money(700), None)],
                    goal="加固坎儿井12条，安装量水设施200处，推进灌区计量用水。")  # fmt: skip
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("加固坎儿井数量", mk("≥12万元", "T112", "error", note="值写万元，计量单位是条"),
         "正向", "条", 20),
        ("量水设施安装", "≥200处", "正向", "处", 20),
        ("加固工程验收合格率", "≥95%", "正向", "%", 15),
        ("坎儿井暗渠渗漏率", mk("≥3%", "T108", "warning", row=True, note="反向指标写了≥"),
         "反向", "%", 10),
        ("量水设施单位成本", "≤1.5万元/处", "反向", "万元/处", 10),
        ("计量用水覆盖率", "≥80%", "正向", "%", 10),
        ("用水户满意度", "≥90%", "正向", "%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, 95)
    b.file_mark("W101", "error", note="权重 20+20+15+10+10+10+10=95，应为100")
    signature(s, "依明", "0995-8650217")
    return b


def _stacked(s: Sheet, name: str, unit: str, money_rows: Sequence[Sequence[Any]], goal: str,
             rows: Sequence[Sequence[Any]], title: str = "") -> None:  # fmt: skip
    project_head(s, year=YEAR, name=name, dept="葡谷县水利局（216）", unit=unit,
                 money=money_rows, goals=[goal], title=title)  # fmt: skip
    indicators(s, VALUE_HEAD, rows)
    s.skip()


@variant("zb15-stacked-karez-oasis", (2,),
         "three projects stacked in one sheet, OLD-NAT, one value column, the same indicator "
         "names with different values in different projects (correct)")  # fmt: skip
def stacked_karez_oasis() -> Book:
    b, s = book("项目绩效目标", (14, 16, 28, 16, 16, 14))
    _stacked(s, "坎儿井暗渠清淤工程", "葡谷县坎儿井保护管理站", one_year(150, 150, 0),
             "清淤暗渠3公里，恢复6条坎儿井出水。", [
        ("产出指标", "数量指标", "暗渠清淤长度", "≥3公里"),
        (None, "质量指标", "清淤工程验收合格率", "≥95%"),
        (None, "成本指标", "暗渠清淤单位成本", "≤45万元/公里"),
        ("效益指标", "社会效益指标", "受益农户", "≥300户"),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%"),
    ], title=f"{YEAR}年度项目支出绩效目标申报表（汇总）")  # fmt: skip
    _stacked(s, "东坡灌区滴灌改造工程", "葡谷县灌区管理所", one_year(96, 80, 16),
             "改造滴灌4000亩，亩均灌溉用水量下降8%。", [
        ("产出指标", "数量指标", "滴灌改造面积", "≥4000亩"),
        (None, "质量指标", "滴灌工程验收合格率", "≥95%"),
        (None, "成本指标", "滴灌改造亩均投资", "≤0.024万元/亩"),
        ("效益指标", "社会效益指标", "受益农户", "≥420户"),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥92%"),
    ])  # fmt: skip
    _stacked(s, "涝坝蓄水池维修工程", "葡谷县水利工程服务站", one_year(48, 48, 0),
             "维修涝坝8座，增加调蓄能力。", [
        ("产出指标", "数量指标", "涝坝维修数量", "≥8座"),
        (None, "时效指标", "维修完工时间", "2025年3月31日前"),
        (None, "成本指标", "涝坝维修单位成本", "≤6万元/座"),
        ("效益指标", "社会效益指标", "受益农户", "≥180户"),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "阿迪力", "0995-8526417")
    return b


@variant("zb16-stacked-money-wrong", (2, 12),
         "two projects stacked, OLD-NAT, one value column: the second project's total is not "
         "the sum of its parts and one of its rates is given as a count")  # fmt: skip
def stacked_money_wrong() -> Book:
    b, s = book("项目绩效目标", (14, 16, 28, 16, 16, 14))
    _stacked(s, "西沟坎儿井竖井加固工程", "葡谷县坎儿井保护管理站", one_year(84, 84, 0),
             "加固竖井120眼，防止井口坍塌。", [
        ("产出指标", "数量指标", "竖井口加固数量", "≥120眼"),
        (None, "质量指标", "加固工程验收合格率", "≥95%"),
        (None, "成本指标", "竖井口加固单位成本", "≤0.7万元/眼"),
        ("效益指标", "社会效益指标", "受益农户", "≥210户"),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%"),
    ], title=f"{YEAR}年度项目支出绩效目标申报表（汇总）")  # fmt: skip
    total = mk(cash(132), "B101", "error", note="财政拨款110+其他资金18=128，不是132")
    _stacked(s, "北滩灌区渠道防渗工程", "葡谷县灌区管理所", one_year(total, 110, 18),
             "防渗改造支渠8公里。", [
        ("产出指标", "数量指标", "支渠防渗改造长度", "≥8公里"),
        (None, "质量指标", "防渗工程验收合格率",
         mk("8公里", "T105", "error", note="合格率应为百分比")),
        (None, "成本指标", "防渗改造单位成本", "≤15万元/公里"),
        ("效益指标", "社会效益指标", "受益农户", "≥260户"),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "阿迪力", "0995-8526417")
    return b


@variant("zb17-department-money", (12, 1),
         "department, NAT-2021: budget with a share row (percent cells), key tasks adding to "
         "the 项目支出, a tiered indicator table (correct)")  # fmt: skip
def department_money() -> Book:
    b, s = book("部门整体")
    department_head(s, year=YEAR, dept="枣泉县水利局",
                    budget=[[money(2000), money(1800), money(200), money(500), money(1500)],
                            [pct(1), pct(0.9), pct(0.1), pct(0.25), pct(0.75)]],
                    tasks=[("坎儿井抢险加固", "暗渠支护、竖井防护", money(600), "加固坎儿井20条"),
                           ("灌区渠系配套", "斗渠衬砌、分水闸", money(700), "衬砌斗渠30公里"),
                           ("水资源监测", "地下水位与出水监测", money(200), "监测点80个"),
                           ("金额合计", None, money(1500), None)],
                    goal="加固坎儿井20条，衬砌斗渠30公里，建成地下水监测点80个。")  # fmt: skip
    indicators(s, (*TIERS, "指标值", "备注"), [
        ("产出指标", "数量指标", "加固坎儿井数量", "≥20条"),
        (None, None, "斗渠衬砌长度", "≥30公里"),
        (None, None, "地下水监测点建设", "≥80个"),
        (None, "质量指标", "工程验收合格率", "≥95%"),
        (None, "时效指标", "监测数据按月报送及时率", "≥95%"),
        ("成本指标", "经济成本指标", "斗渠衬砌单位成本", "≤22万元/公里"),
        ("效益指标", "社会效益指标", "受益人口", "≥26000人"),
        (None, "生态效益指标", "地下水超采区水位下降速率", "≤0.5米/年"),
        ("满意度指标", "服务对象满意度指标", "用水户满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：占比行为各项资金占资金总额的比例。")
    signature(s, "热娜", "0995-8391066")
    return b


@variant("zb18-project-money-wrong", (12,),
         "project, OLD-NAT: 年度资金总额 not 财政拨款 + 其他资金, detail lines under the table "
         "not adding to their 合计")  # fmt: skip
def project_money_wrong() -> Book:
    b, s = book()
    total = mk(cash(480), "B101", "error", note="财政拨款400+其他资金60=460，不是480")
    project_head(s, year=YEAR, name="沙棘湾乡坎儿井群综合修复工程", dept="沙棘湾乡人民政府（512）",
                 unit="沙棘湾乡水利管理所", money=one_year(total, 400, 60),
                 goals=["修复坎儿井群暗渠5公里、竖井200眼，安装出水监测设施10套。"])  # fmt: skip
    indicators(s, VALUE_HEAD, [
        ("产出指标", "数量指标", "暗渠修复长度", "≥5公里"),
        (None, None, "竖井修复数量", "≥200眼"),
        (None, "质量指标", "修复工程验收合格率", "≥95%"),
        (None, "成本指标", "暗渠修复单位成本", "≤42万元/公里"),
        ("效益指标", "社会效益指标", "受益农户", "≥640户"),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("资金明细（万元）", merge=[(1, 6)])
    s.row("序号", "支出内容", "金额（万元）", "测算依据", merge=[(4, 6)])
    s.row(1, "暗渠修复", money(210), "5公里×42万元/公里", merge=[(4, 6)])
    s.row(2, "竖井修复", money(150), "200眼×0.75万元/眼", merge=[(4, 6)])
    s.row(3, "出水监测设施", money(80), "10套×8万元/套", merge=[(4, 6)])
    s.row("合计", None, mk(money(460), "B102", "error", note="210+150+80=440，不是460"),
          merge=[(4, 6)])  # fmt: skip
    signature(s, "吐尔洪", "0995-8417725")
    return b
