"""Temple fairs (庙会) in county towns: flat lists, stacked fairs, notes and template rows,
dc07 to dc12."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout565.common import indicators, notes, one_year, sign, start, wan
from tests.variants.holdout565.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, pct

OLD_HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("dc07-fair-flat-list", (3,),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "percent cells, a 下降率 with ≥, a 0起 count, weights adding to 100 "
         "(correct)")  # fmt: skip
def dc07() -> Book:
    b, s = start()
    department_head(s, year=2025, dept="砚川县民俗文化活动服务中心",
                    budget=[[wan(520), wan(480), wan(40), wan(310), wan(210)]],
                    tasks=[("北门老街春节庙会", "摊位规划、民俗展演、安保消防", wan(120),
                            "庙会举办7天，入驻摊位260个"),
                           ("庙会市场秩序管理", "食品抽检、价格巡查、投诉处理", wan(90),
                            "抽检合格率98%以上"),
                           ("金额合计", None, wan(210), None)],
                    goal="办好春节庙会，繁荣县城民俗文化消费，确保庙会安全有序。")  # fmt: skip
    s.skip()
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("庙会举办天数", 15, "天", "≥", 7),
        ("入驻摊位数量", 15, "个", "≥", 260),
        ("摊位食品抽检合格率", 15, "%", "≥", pct(0.98)),
        ("庙会食品安全投诉下降率", 10, "%", "≥", 15),
        ("消防安全责任事故", 10, "起", "=", 0),
        ("庙会期间接待游客", 15, "万人次", "≥", 30),
        ("困难商户摊位费减免户数", 10, "户", "≥", 60),
        ("游客满意度", 10, "%", "≥", 90),
    ])  # fmt: skip
    s.row("合计", 100)
    return b


@variant("dc08-fair-flat-defects", (3,),
         "department, flat list in another order (指标名称 · 指标值 · 计量单位 · 权重): a unit "
         "that contradicts the unit column, a 完成率 given as a count, weights adding "
         "to 95")  # fmt: skip
def dc08() -> Book:
    b, s = start()
    department_head(s, year=2025, dept="澄岭县民俗文化活动中心",
                    budget=[[wan(260), wan(245), wan(15), wan(170), wan(90)]],
                    goal="举办正月庙会和秋季药王庙会，展示本地民俗和非遗项目。")  # fmt: skip
    s.skip()
    s.row("指标名称", "指标值", "计量单位", "权重")
    s.table([
        ("庙会举办场次", "≥2场", "场", 20),
        ("舞龙舞狮表演场次",
         mk("≥20场", "T112", "error", note="指标值的单位“场”与计量单位列“人”不一致"), "人", 15),
        ("非遗展演计划完成率",
         mk("24场", "T105", "error", note="完成率给的是场次，不是百分比"), "场", 15),
        ("摊位食品抽检合格率", "≥98%", "%", 10),
        ("庙会踩踏及火灾事故发生率", "≤0.1%", "%", 10),
        ("庙会期间县城商贸营业额增长率", "≥6%", "%", 15),
        ("游客满意度", "≥90%", "%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, 95)
    b.file_mark("W101", "error", note="权重合计 95，应为 100")
    return b


def _fair(s: Sheet, name: str, money: list[list[object]], goal: str,
          rows: list[tuple[object, ...]], first: bool) -> None:  # fmt: skip
    """One fair stacked in the sheet: its head block, then its indicator table."""
    if not first:
        s.skip()
    project_head(s, year=2025, name=name, dept="砚川县商务局（605）",
                 unit="砚川县庙会管理办公室", money=money, goals=[goal],
                 start=day(2025, 1, 20) if first else day(2025, 4, 1),
                 end=day(2025, 2, 28) if first else day(2025, 6, 30),
                 title=None if first else "")  # fmt: skip
    indicators(s, OLD_HEAD, rows)


@variant("dc09-fair-stacked", (2,),
         "two fairs stacked in one sheet, OLD-NAT, one value column, the same indicator names "
         "with different values in each project (correct)")  # fmt: skip
def dc09() -> Book:
    b, s = start()
    _fair(s, "北门老街正月庙会", one_year(wan(75), wan(65), wan(10)),
          "正月初一至初七举办庙会，入驻摊位200个，接待游客20万人次。", [
              ("产出指标", "数量指标", "入驻摊位数量", "≥200个"),
              (None, "质量指标", "食品摊位持证经营率", "=100%"),
              (None, "时效指标", "庙会场地搭建完成时间", "1月27日前"),
              (None, "成本指标", "单个摊位基础设施成本", "≤0.15万元/个"),
              ("效益指标", "社会效益指标", "传统民俗展演项目", "≥12项"),
              (None, "经济效益指标", "庙会商户营业额增长率", "≥5%"),
              ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%"),
          ], True)  # fmt: skip
    _fair(s, "药王庙春季庙会", one_year(wan(40), wan(40), wan(0)),
          "农历四月举办药王庙会三天，入驻摊位120个，开展中医药义诊。", [
              ("产出指标", "数量指标", "入驻摊位数量", "≥120个"),
              (None, None, "中医药义诊服务人次", "≥1500人次"),
              (None, "质量指标", "食品摊位持证经营率", "=100%"),
              (None, "时效指标", "庙会场地搭建完成时间", "5月5日前"),
              (None, "成本指标", "单个摊位基础设施成本", "≤0.2万元/个"),
              ("效益指标", "社会效益指标", "中医药文化知晓率", "比上年提高≥3百分点"),
              ("满意度指标", "服务对象满意度指标", "游客满意度", "≥85%"),
          ], False)  # fmt: skip
    return b


@variant("dc10-fair-stacked-defects", (2, 12),
         "two fairs stacked, OLD-NAT, one value column: the second fair's 年度资金总额 is not "
         "财政拨款 + 其他资金, and its satisfaction target reads =95%")  # fmt: skip
def dc10() -> Book:
    b, s = start()
    _fair(s, "东关城隍庙会", one_year(wan(68), wan(60), wan(8)),
          "春节期间举办城隍庙会五天，入驻摊位180个，组织民俗表演30场。", [
              ("产出指标", "数量指标", "入驻摊位数量", "≥180个"),
              (None, None, "民俗表演场次", "≥30场"),
              (None, "质量指标", "临时用电设施验收合格率", "=100%"),
              (None, "时效指标", "摊位招商完成时间", "1月25日前"),
              ("效益指标", "社会效益指标", "庙会期间治安案件下降率", "≥10%"),
              ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%"),
          ], True)  # fmt: skip
    total = mk(wan(55), "B101", "error", note="年度资金总额 55 ≠ 财政拨款 42 + 其他资金 8 = 50")
    _fair(s, "西山娘娘庙会", one_year(total, wan(42), wan(8)),
          "农历三月举办娘娘庙会，入驻摊位100个，开展非遗市集。", [
              ("产出指标", "数量指标", "非遗市集展位", "≥40个"),
              (None, "质量指标", "摊位食品抽检合格率", "≥97%"),
              (None, "时效指标", "非遗市集开市时间", "4月20日前"),
              ("效益指标", "社会效益指标", "非遗项目参展数量增长率", "≥10%"),
              ("满意度指标", "服务对象满意度指标", "参展商户满意度",
               mk("=95%", "T107", "warning", note="满意度写成 =95%，应为 ≥95%")),
          ], False)  # fmt: skip
    return b


@variant("dc11-fair-notes", (4,),
         "project, OLD-NAT, operator column; an instruction row inside the table, a header row "
         "repeated after a page break, a footnote explaining a total, 填表说明, signature and a "
         "fill date in the year before (correct)")  # fmt: skip
def dc11() -> Book:
    b, s = start()
    project_head(s, year=2025, name="汀枫县西关庙会安全保障及秩序维护项目",
                 dept="汀枫县公安局（121）", unit="汀枫县公安局城关派出所",
                 money=one_year(wan(54), wan(54), wan(0)),
                 goals=["庙会期间设置安保岗点24个、医疗救护点3个，确保无重大安全事故。"],
                 )  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    indicators(s, head, [
        ("产出指标", "数量指标", "安保岗点设置数量", "≥", 24, "个"),
        (None, None, "医疗救护点设置数量", "≥", 3, "个"),
    ])  # fmt: skip
    s.row("（以下质量、时效指标按庙会结束后验收结果填写）", merge=[(1, 6)])
    s.table([
        ("产出指标", "质量指标", "消防器材检查合格率", "≥", pct(0.98), "%"),
        (None, "时效指标", "突发事件现场处置响应时间", "≤", 10, "分钟"),
        (None, "成本指标", "临时安保人员劳务费", "≤", 32, "万元"),
    ], merged=(1, 2))  # fmt: skip
    s.row(*head)
    s.table([
        ("效益指标", "社会效益指标", "庙会期间刑事治安案件发生数", "≤", 2, "起"),
        (None, None, "走失人员找回率", "=", pct(1), "%"),
        ("满意度指标", "服务对象满意度指标", "游客安全感满意度", "≥", pct(0.9), "%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, ["注：1.项目资金54万元含临时安保人员劳务32万元、消防器材租赁12万元、"
               "医疗救护点10万元。",
              "2.刑事治安案件发生数为反向指标，以不超过目标值为达标。",
              "填表说明：指标值为数值的，比较符在“比较符”栏选择，计量单位单独填写。"])  # fmt: skip
    sign(s, "韩立成", "0571-6628 5530", day(2024, 12, 9))
    return b


@variant("dc12-fair-template-rows", (6, 13),
         "project, NAT-2021, header 预期目标: two tier-2 labels left from the template without an "
         "indicator, a value whose indicator name is empty")  # fmt: skip
def dc12() -> Book:
    b, s = start()
    project_head(s, year=2025, name="砚川县关帝庙会民俗展演项目", dept="砚川县文化馆（417）",
                 unit="砚川县文化馆", money=one_year(wan(36), wan(30), wan(6)),
                 goals=["庙会期间组织民俗展演20场，参演民间艺人不少于150人。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "民俗展演场次", "≥20场"),
        (None, None, mk(None, "F110", "error", note="有指标值 ≥150人，三级指标名称却是空的"),
         "≥150人"),
        (None, "质量指标", "展演节目审核通过率", "=100%"),
        (None, "时效指标", "展演活动完成时间", "3月31日前"),
        ("成本指标", "经济成本指标", "每场展演补助标准", "≤1.5万元/场"),
        (None, mk("社会成本指标", "F109", "warning", row=True, note="模板行未填写"), None, None),
        ("效益指标", "社会效益指标", "民间艺人参演人次增长率", "≥10%"),
        (None, mk("生态效益指标", "F109", "warning", row=True, note="模板行未填写"), None, None),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%"),
    ])  # fmt: skip
    return b
