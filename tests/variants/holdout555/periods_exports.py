"""Multi-year canteen projects with 中期 and 年度 columns, budget-system exports, tables on a
second sheet and conversion artefacts (cs13–cs18)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout555.common import (
    HEAD4,
    YEAR,
    indicators,
    lines,
    multi_year,
    one_year,
    start,
    street,
    wan,
)
from tests.variants.holdout555.registry import variant
from tests.variants.kit import Book, Sheet, mk, money

PERIOD_HEAD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("cs13-network-three-years", (8,),
         "three-year project 2025–2027, NAT-2021, 中期 and 年度 value columns: annual counts below "
         "the period, rates and unit costs equal in both (correct)")  # fmt: skip
def cs13() -> Book:
    b, s = start()
    project_head(s, year=YEAR, years=3, name="蔺家湾街道社区长者食堂网络建设",
                 dept=f"{street('蔺家湾')} 318009", unit="蔺家湾街道办事处", attr="新增项目",
                 money=multi_year((wan(420.0), wan(380.0), wan(40.0)),
                                  (wan(150.0), wan(140.0), wan(10.0))),
                 goals=["三年建成12个社区长者食堂，形成15分钟助餐服务圈。",
                        "当年建成4个社区长者食堂并投入运营。"])  # fmt: skip
    indicators(s, PERIOD_HEAD, [
        ("产出指标", "数量指标", "建成社区长者食堂数量", "≥12个", "≥4个"),
        (None, None, "累计服务老年人次", "≥54万人次", "≥12万人次"),
        (None, "质量指标", "长者食堂竣工验收合格率", "=100%", "=100%"),
        (None, "时效指标", "当年建设任务完成时间", "2027年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "单个长者食堂建设补助", "≤30万元/个", "≤30万元/个"),
        ("效益指标", "社会效益指标", "15分钟助餐服务圈覆盖社区比例", "≥90%", "≥40%"),
        (None, "可持续影响指标", "长者食堂社会化运营机制", "建立并执行", "建立"),
        ("满意度指标", "服务对象满意度指标", "就餐老年人满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("cs14-network-copied", (8,),
         "three-year project 2025–2027, OLD-NAT, 中期 and 年度 columns: two cumulative counts "
         "copied from the period, an annual count above its period count")  # fmt: skip
def cs14() -> Book:
    b, s = start()
    project_head(s, year=YEAR, years=3, name="梧垟街道农村幸福食堂建设",
                 dept=f"{street('梧垟')} 318011", unit="梧垟街道农业农村办公室", attr="新增项目",
                 money=multi_year((wan(270.0), wan(240.0), wan(30.0)),
                                  (wan(90.0), wan(80.0), wan(10.0))),
                 goals=["三年在8个行政村建成幸福食堂，解决农村老人就餐难。",
                        "当年建成3个村级幸福食堂。"])  # fmt: skip
    copy = "累计数在三年期项目中年度值与中期值相同，疑为照抄"
    indicators(s, PERIOD_HEAD, [
        ("产出指标", "数量指标", "建成村级幸福食堂数量", "≥8个", "≥3个"),
        (None, None, "幸福食堂累计供餐人次",
         "≥21万人次", mk("≥21万人次", "D202", "warning", note=copy)),
        (None, None, "培训食堂厨工人数",
         "≥40人", mk("≥40人", "D202", "warning", note=copy)),
        (None, None, "配备冷链留样设备套数", "≥8套",
         mk("≥10套", "D201", "error", note="年度 10 套超过三年合计 8 套")),
        (None, "质量指标", "食堂建设验收合格率", "=100%", "=100%"),
        (None, "成本指标", "单个幸福食堂建设补助", "≤25万元/个", "≤25万元/个"),
        ("效益指标", "社会效益指标", "行政村助餐服务覆盖率", "≥80%", "≥30%"),
        ("满意度指标", "服务对象满意度指标", "农村就餐老人满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


def export_money(s: Sheet) -> None:
    """Sheet 05-1 of a budget-system export: codes in the first columns, header on row 3."""
    s.title("2025年部门项目支出预算表（05-1）", 6)
    s.row("单位：沅塘区栖凤桥街道办事处", None, None, None, None, "金额单位：万元")
    s.row("单位编码", "项目编码", "项目名称", "合计", "财政拨款", "其他资金")
    s.row("318012", "33010825003101", "栖凤桥街道老年人助餐服务补贴", money(86.4), money(80.0),
          money(6.4))  # fmt: skip
    s.row("合计", None, None, money(86.4), money(80.0), money(6.4))


@variant("cs15-system-export", (7, 4),
         "budget-system export: sheets 05-1 and 05-2, unit and project codes in the first columns, "
         "header on the third row, the header repeated after a page break (correct)")  # fmt: skip
def cs15() -> Book:
    b = Book()
    export_money(b.sheet("部门项目支出预算05-1", (12, 18, 30, 14, 14, 14)))
    s = b.sheet("部门项目支出绩效目标05-2", (18, 26, 14, 16, 30, 16))
    s.title("2025年部门项目支出绩效目标表（05-2）", 6)
    s.row("单位：沅塘区栖凤桥街道办事处", None, None, None, None, "项目资金：86.40万元")
    head = ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
    code, name = "33010825003101", "栖凤桥街道老年人助餐服务补贴"
    indicators(s, head, [
        (code, name, "产出指标", "数量指标", "助餐服务人次", "≥200000人次"),
        (code, name, None, None, "享受助餐补贴老年人数", "≥1500人"),
        (code, name, None, "质量指标", "补贴发放准确率", "=100%"),
        (code, name, None, "时效指标", "补贴按月结算", "次月10日前"),
        (code, name, "成本指标", "经济成本指标", "每人次助餐补贴标准", "≤4元/人次"),
    ], merged=(3, 4))  # fmt: skip
    indicators(s, head, [
        (code, name, "效益指标", "社会效益指标", "80周岁以上老年人助餐补贴覆盖率", "≥85%"),
        (code, name, "满意度指标", "服务对象满意度指标", "补贴对象满意度", "≥90%"),
    ], merged=(3, 4))  # fmt: skip
    lines(s, "说明：本表由预算管理一体化系统导出，第二页表头为分页重复打印。")
    return b


@variant("cs16-second-sheet-artefacts", (7, 9),
         "project head and detail lines on the first sheet, the indicator table on a second "
         "sheet under 预期实现值: a split amount, a date serial as text, a rate given as a "
         "count")  # fmt: skip
def cs16() -> Book:
    b, s = start("项目信息")
    project_head(s, year=YEAR, name="汀澜街道送餐上门扩面", dept=f"{street('汀澜')} 318007",
                 unit="汀澜街道办事处社会事务科", money=one_year(wan(64.16), wan(60.16), wan(4.0)),
                 goals=["送餐上门服务覆盖全部社区，服务对象不少于260户。"])  # fmt: skip
    split = mk("21.5 6", "X105", "warning", alt=("X103",), note="数字被空格断开，应为 21.56")
    s.row("资金明细（万元）", "送餐员劳务补贴", money(38.4))
    s.row(None, "餐品配送补贴", split)
    s.row(None, "保温餐箱购置", money(4.2))
    s.row(None, "合计", money(64.16))
    t = b.sheet("绩效指标")
    serial = mk("45930", "X104", "warning", note="文本中的日期序列号，即2025-09-30")
    count = mk("260户", "T105", "error", note="建档率写成户数")
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), [
        ("产出指标", "数量指标", "送餐上门服务户数", "≥260户"),
        (None, "质量指标", "送餐服务对象建档率", count),
        (None, "时效指标", "送餐服务覆盖全部社区完成时间", serial),
        (None, "成本指标", "每户每月送餐补贴", "≤200元/户·月"),
        ("效益指标", "社会效益指标", "独居老人送餐需求满足率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "送餐服务对象满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("cs17-pdf-detail-lines", (9, 12),
         "project, OLD-NAT, one value column, detail lines under the table: an amount pasted "
         "twice, an amount typed 10 000 times too large")  # fmt: skip
def cs17() -> Book:
    b, s = start("项目表")
    project_head(s, year=YEAR, name="栖凤桥街道长者饭堂设备更新及运营",
                 dept=f"{street('栖凤桥')} 318012", unit="栖凤桥街道社区服务中心",
                 money=one_year(wan(80.0), wan(75.0), wan(5.0)),
                 goals=["更新长者饭堂厨房设备，保障全年供餐安全。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "更新厨房设备台套数", "≥18台套"),
        (None, "质量指标", "食材安全检测合格率", "≥98%"),
        (None, "成本指标", "每人次运营补贴", "≤3元/人次"),
        ("效益指标", "社会效益指标", "长者饭堂日均就餐人次", "≥280人次"),
        ("满意度指标", "服务对象满意度指标", "就餐老年人满意度", "≥90%"),
    ])  # fmt: skip
    twice = mk("46万46万(含排烟净化)", "X106", "error", alt=("B108",), note="金额重复粘贴")
    big = mk(money(28000), "B110", "error", note="应为 2.8 万元，按元填入")
    s.skip()
    s.row("资金明细（万元）", "厨房设备更新", twice)
    s.row(None, "食材安全检测", big)
    s.row(None, "长者饭堂运营补贴", money(31.2))
    s.row(None, "合计", money(80.0))
    b.file_mark("B102", "error", required=False, note="28000 使明细不合计，可容忍")
    return b


@variant("cs18-two-column-sets", (8, 5),
         "two-year project 2025–2026, OLD-NAT with * and ★ marks, two-row header, two complete "
         "column sets (二级/三级/指标值 for 中期, then for 年度) (correct)")  # fmt: skip
def cs18() -> Book:
    b, s = start(widths=(14, 14, 24, 14, 14, 24, 14))
    project_head(s, year=YEAR, years=2, name="梧垟街道困难老人助餐补贴",
                 dept=f"{street('梧垟')} 318011", unit="梧垟街道社会事务办公室",
                 money=multi_year((wan(196.0), wan(180.0), wan(16.0)),
                                  (wan(98.0), wan(90.0), wan(8.0))),
                 goals=["两年累计按月发放助餐补贴43200人次，建立长效保障机制。",
                        "当年为1800名困难老人按月发放助餐补贴。"])  # fmt: skip
    s.row("一级指标", "中期指标（2025—2026年）", None, None, "年度指标（2025年）", None, None,
          merge=[(2, 4), (5, 7)])  # fmt: skip
    s.row(None, "二级指标", "三级指标", "指标值", "二级指标", "三级指标", "指标值")
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    s.table([
        ("*产出指标", "数量指标", "★补贴发放累计人次", "≥43200人次",
         "数量指标", "★补贴发放累计人次", "≥21600人次"),
        (None, "质量指标", "补贴发放准确率", "=100%", "质量指标", "补贴发放准确率", "=100%"),
        (None, "成本指标", "每人每月助餐补贴", "≤40元/人·月",
         "成本指标", "每人每月助餐补贴", "≤40元/人·月"),
        ("*效益指标", "社会效益指标", "★困难老人助餐需求保障率", "≥95%",
         "社会效益指标", "★困难老人助餐需求保障率", "≥95%"),
        ("*满意度指标", "服务对象满意度指标", "补贴对象满意度", "≥90%",
         "服务对象满意度指标", "补贴对象满意度", "≥90%"),
    ], merged=(1, 2, 5))  # fmt: skip
    return b
