"""Protection centres and rights assistance (知识产权保护中心, 维权援助): returns sq07–sq12."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout293.common import (
    YEAR,
    Row,
    book,
    budget,
    caption,
    indicators,
    notes,
    one_year,
    signature,
    wan,
)
from tests.variants.holdout293.registry import variant
from tests.variants.kit import Book, Sheet, mk

CENTRE = "楠阜市知识产权保护中心"
AID = "汐口区知识产权维权援助中心"
CITY_IP = "楠阜市知识产权局（418006）"
XIKOU = "汐口区市场监督管理局（知识产权局）"


@variant("sq07-centre-direction", (11,),
         "project, NAT-2021, operators inside the values: a 正向 count with ≤, a processing time "
         "with ≥, a cost standard with =")  # fmt: skip
def sq07() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="专利快速预审与快速维权服务", dept=CITY_IP,
                 unit=CENTRE, money=one_year(260, 240, 20),
                 goals=["为备案主体提供专利快速预审和侵权纠纷快速处理服务，缩短"
                        "专利授权和维权周期。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "受理专利快速预审案件",
         mk("≤800件", "T108", "warning", row=True, note="正向产出数量用了≤，封顶了产出")),
        (None, None, "新增快速预审备案主体", "≥150家"),
        (None, None, "快速处理专利侵权纠纷", "≥200件"),
        (None, "质量指标", "快速预审案件授权率", "≥85%"),
        (None, "时效指标", "发明专利快速预审平均周期",
         mk("≥5个工作日", "T108", "warning", row=True, note="办理时限是反向指标，应为≤")),
        ("成本指标", "经济成本指标", "单件快速预审服务成本",
         mk("=1500元/件", "T108", "warning", row=True, note="成本上限写成了=")),
        ("效益指标", "社会效益指标", "调解结案后再次侵权率", "≤5%"),
        (None, "可持续影响指标", "保护中心服务产业领域", "≥2个"),
        ("满意度指标", "服务对象满意度指标", "备案主体满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("sq08-centre-department", (4, 12),
         "department, NAT-2021: budget amounts with 占比, key tasks adding to a 金额合计 equal to "
         "项目支出, a 说明 row explaining that total, signature line dated the year before "
         "(correct)")  # fmt: skip
def sq08() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept=CENTRE, budget=budget(860, 800, 60, 344, 516, shares=True),
                    tasks=[
                        ("专利快速预审", "发明、实用新型专利快速预审", wan(260),
                         "缩短专利授权周期"),
                        ("侵权纠纷快速处理", "专利侵权纠纷调解与行政裁决辅助", wan(156),
                         "快速化解纠纷"),
                        ("海外维权指导", "海外知识产权纠纷应对指导", wan(100),
                         "提升企业海外维权能力"),
                        ("金额合计", None, wan(516), None),
                    ],
                    goal="完成专利快速预审，快速处理侵权纠纷，为企业提供海外维权"
                         "指导。")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "完成专利快速预审", "≥800件"),
        (None, None, "快速处理专利侵权纠纷", "≥200件"),
        (None, None, "开展海外维权指导", "≥15次"),
        (None, "质量指标", "快速预审案件授权率", "≥85%"),
        (None, "时效指标", "侵权纠纷快速处理平均周期", "≤30个工作日"),
        ("成本指标", "经济成本指标", "单件快速预审服务成本", "≤1500元/件"),
        ("效益指标", "社会效益指标", "侵权纠纷调解成功率", "≥60%"),
        (None, "可持续影响指标", "保护中心备案主体", "≥1200家"),
        ("满意度指标", "服务对象满意度指标", "备案主体满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, ["说明：年度主要任务金额合计 516.00 万元为项目支出，基本支出 344.00 万元未列入任务。",
              "注：备案主体为在保护中心完成备案的企业和机构，按累计数统计。"])  # fmt: skip
    signature(s, "闫书亭", "0739-5516072")
    return b


@variant("sq09-centre-flat-defects", (3, 11),
         "department, flat list (指标名称 · 指标值 · 指标性质 as direction · 计量单位 · "
         "权重): a unit in the value against the unit column, a 反向 time with ≥, weights "
         "adding to 95")  # fmt: skip
def sq09() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept="沂禾县知识产权保护中心",
                    budget=budget(420, 400, 20, 180, 240),
                    tasks=[
                        ("侵权纠纷调处", "专利、商标侵权纠纷调解", wan(120), "及时化解侵权纠纷"),
                        ("展会知识产权保护", "展会现场投诉受理", wan(60), "维护展会秩序"),
                        ("保护宣传", "知识产权保护宣传活动", wan(60), "提升保护意识"),
                        ("金额合计", None, wan(240), None),
                    ],
                    goal="受理和调处知识产权侵权纠纷，开展展会保护和宣传，营造良好"
                         "创新环境。")  # fmt: skip
    caption(s, "年度绩效指标")
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("快速预审备案企业", "≥60", "正向", "家", 15),
        ("展会知识产权保护现场服务",
         mk("≥8家", "T112", "error", note="值中的单位“家”与计量单位列“场”不符"), "正向", "场", 10),
        ("侵权纠纷受理响应时间",
         mk("≥3", "T108", "warning", row=True, note="反向指标用了≥"), "反向", "个工作日", 10),
        ("受理侵权纠纷案件", "≥100", "正向", "件", 10),
        ("侵权纠纷调解成功率", "≥60%", "正向", "%", 15),
        ("知识产权保护宣传活动", "≥12", "正向", "场", 10),
        ("重复侵权发生率", "≤5%", "反向", "%", 10),
        ("单件纠纷调处成本", "≤0.8", "反向", "万元/件", 10),
        ("服务对象满意度", "≥90%", "正向", "%", 5),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="权重合计 95，不是 100")
    return b


def _aid_rows() -> tuple[list[Row], list[Row]]:
    outputs: list[Row] = [
        ("产出指标", "数量指标", "受理维权援助申请", "≥150件"),
        (None, None, "开展企业维权培训", "≥6场"),
        (None, "质量指标", "援助案件办结率", "≥90%"),
        (None, "时效指标", "援助申请受理答复时限", "≤5个工作日"),
        (None, "成本指标", "单件援助案件律师服务补贴", "≤3000元/件"),
    ]
    effects: list[Row] = [
        ("效益指标", "社会效益指标", "重复侵权案件下降率", "≥10%"),
        (None, None, "援助服务有效投诉", "=0起"),
        (None, "可持续影响指标", "维权援助志愿律师库人数", "≥30人"),
        ("满意度指标", "服务对象满意度指标", "受援助当事人满意度", "≥90%"),
    ]
    return outputs, effects


@variant("sq10-aid-notes", (4,),
         "project, OLD-NAT, one value column: a 填写说明 row under the header, a 注 row between "
         "tiers, footnotes, 填表说明, signature and date lines; a 下降率 with ≥ and =0起 "
         "(correct)")  # fmt: skip
def sq10() -> Book:
    b, s = book(widths=(16, 18, 30, 22))
    project_head(s, year=YEAR, name="知识产权维权援助服务", dept=XIKOU,
                 unit="汐口区知识产权维权援助工作站", money=one_year(85, 80, 5),
                 goals=["为中小企业和个人提供知识产权维权援助，开展维权培训，降低"
                        "重复侵权发生。"])  # fmt: skip
    outputs, effects = _aid_rows()
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    caption(s, "（指标值请填写比较符、数值和计量单位；定性指标填写等级）", 4)
    s.table(outputs, merged=(1, 2))
    caption(s, "注：效益指标按工作站年度援助台账统计。", 4)
    s.table(effects, merged=(1, 2))
    notes(s, ["注：1.受理维权援助申请件数以工作站登记为准；",
              "2.重复侵权案件下降率以上年同期为基数计算。",
              "填表说明：本表一式两份，报区财政局和区市场监督管理局各一份。"], 4)  # fmt: skip
    signature(s, "韦承澜", "0739-6152083")
    s.row("单位负责人（签字）：", None, "（单位盖章）")
    return b


@variant("sq11-aid-template-rows", (6, 13),
         "project, NAT-2021, header 预期目标: two tier-2 labels left from the template without "
         "indicators, a value whose name cell holds only a full-width space")  # fmt: skip
def sq11() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="海外知识产权纠纷应对指导", dept=XIKOU,
                 unit=AID, money=one_year(120, 110, 10),
                 goals=["为出口企业提供海外知识产权纠纷应对指导，帮助企业化解海外"
                        "纠纷。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("成本指标", "经济成本指标", "单次海外纠纷应对指导费用", "≤4万元/次"),
        (None, mk("社会成本指标", "F109", "warning", row=True, note="模板行未填写"), None, None),
        ("产出指标", "数量指标", "开展海外纠纷应对指导", "≥20次"),
        (None, None, mk("　", "F110", "error", note="名称格只有一个全角空格"), "≥50家"),
        (None, "质量指标", "应对指导方案采纳率", "≥80%"),
        (None, "时效指标", "纠纷应对首次响应时间", "≤48小时"),
        ("效益指标", "经济效益指标", "指导企业挽回经济损失", "≥2000万元"),
        (None, "社会效益指标", "受指导企业胜诉或和解率", "≥50%"),
        (None, mk("生态效益指标", "F109", "warning", row=True, note="模板行未填写"), None, None),
        ("满意度指标", "服务对象满意度指标", "受指导企业满意度", "≥90%"),
    ])  # fmt: skip
    return b


def _block(s: Sheet, rows: list[Row], subtotal: int) -> None:
    s.table(rows, merged=(1, 2))
    s.row("小计", None, None, None, subtotal, merge=[(1, 4)])


@variant("sq12-aid-page-break", (4, 7),
         "department, NAT-2021, headers 考核指标 / 绩效目标值 / 权重（分）: a column-number row, "
         "the header repeated after a page break, 小计 rows and a 合计 row (correct)")  # fmt: skip
def sq12() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept=AID, budget=budget(380, 360, 20, 150, 230),
                    tasks=[
                        ("维权援助案件办理", "受理和办理维权援助申请", wan(110), "依法援助权利人"),
                        ("纠纷人民调解", "知识产权纠纷人民调解", wan(70), "化解纠纷"),
                        ("宣传培训", "维权援助宣传和企业培训", wan(50), "提升维权能力"),
                        ("金额合计", None, wan(230), None),
                    ],
                    goal="办理维权援助案件，开展纠纷人民调解和宣传培训，保护权利人"
                         "合法权益。")  # fmt: skip
    header = ("一级指标", "二级指标", "考核指标", "绩效目标值", "权重（分）")
    s.row(*header)
    s.row("甲", "乙", "丙", "1", "2")
    _block(s, [
        ("产出指标", "数量指标", "办理维权援助案件", "≥180件", 10),
        (None, None, "开展知识产权纠纷人民调解", "≥120件", 10),
        (None, None, "开展维权援助宣传培训", "≥8场", 5),
        (None, "质量指标", "调解协议自动履行率", "≥85%", 10),
        (None, "时效指标", "援助申请受理时限", "≤3个工作日", 5),
    ], 40)  # fmt: skip
    s.row(*header)
    s.row("甲", "乙", "丙", "1", "2")
    _block(s, [
        ("成本指标", "经济成本指标", "单件维权援助案件经费", "≤0.5万元/件", 10),
        (None, None, "单场宣传培训经费", "≤1.5万元/场", 10),
    ], 20)  # fmt: skip
    _block(s, [
        ("效益指标", "社会效益指标", "侵权纠纷调解成功率", "≥60%", 15),
        (None, None, "辖区知识产权侵权案件发生量下降率", "≥8%", 10),
        (None, "可持续影响指标", "维权援助分站覆盖园区", "≥6个", 5),
    ], 30)  # fmt: skip
    _block(s, [("满意度指标", "服务对象满意度指标", "援助对象满意度", "≥90%", 10)], 10)
    s.row("合计", None, None, None, 100, merge=[(1, 4)])
    return b
