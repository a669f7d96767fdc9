"""Student aid and school meals: 国家助学金 per 生·年 × students, 营养改善计划 元/生·天 × students
× school days against the money, a vocational school's aid with numbered tier labels and points."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout48.common import HEAD4, HEAD_OPS, indicator_table, m, notes, sign_off
from tests.variants.holdout48.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant("jf01-aid-subsidy-ok", (1, 4), "project, OLD-NAT, operators inside the values, a "
         "dropout target of 0, signature lines under the table")  # fmt: skip
def aid_subsidy_ok() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(s, year=2026, name="普通高中国家助学金及免学杂费补助", dept="澄溪县教育局（305）",
                 unit="澄溪县学生资助管理中心", attr="常年项目",
                 money=[("年度资金总额", m(350), "其中：财政拨款", m(350)),
                        (None, None, "其他资金", m(0))],
                 goals=["按每生每年2000元标准资助家庭经济困难普通高中学生1250人，"
                        "对1250名建档立卡等困难学生免除学杂费（每生每年800元），"
                        "确保不让一名学生因家庭经济困难而失学。"])  # fmt: skip
    indicator_table(s, HEAD4, [
        ("产出指标", "数量指标", "国家助学金资助人数", "≥1250人"),
        (None, None, "免学杂费学生人数", "≥1250人"),
        (None, "质量指标", "资助对象认定准确率", pct(1.0)),
        (None, None, "家庭经济困难学生应助尽助率", "=100%"),
        (None, "时效指标", "助学金发放时限", "每学期开学后60日内"),
        (None, "成本指标", "国家助学金资助标准", "≤2000元/生·年"),
        (None, None, "免学杂费补助标准", "≤800元/生·年"),
        ("效益指标", "社会效益指标", "家庭经济困难学生因贫失学辍学人数", "0人"),
        (None, "可持续影响指标", "学生资助政策知晓率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "受助学生及家长满意度", "≥92%"),
    ], label="绩效指标")  # fmt: skip
    sign_off(s, 2026)
    return b


@variant("jf02-aid-secondary-wrong", (1, 11, 12), "project, OLD-NAT, 比较符 / 计量单位 / 指标方向 "
         "columns: a coverage rate given as a head count, an error rate with ≥, money that does "
         "not add up")  # fmt: skip
def aid_secondary_wrong() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(14, 16, 28, 10, 12, 14, 12))
    project_head(s, year=2026, name="中等职业学校国家助学金", dept="石渠县教育局（412）",
                 unit="石渠县学生资助管理中心", attr="常年项目",
                 money=[("年度资金总额", mk(m(480), "B101", "error", row=True,
                                           note="400 + 60 = 460, not 480"),
                         "其中：财政拨款", m(400)),
                        (None, None, "其他资金", m(60))],
                 goals=["资助全日制中职在校一、二年级涉农专业学生和家庭经济困难学生3200人，"
                        "每生每年1500元。"])  # fmt: skip
    indicator_table(s, HEAD_OPS, [
        ("产出指标", "数量指标", "受助学生人数", "≥", 3200, "人", "正向"),
        (None, None, "资助覆盖率", "≥", mk(3200, "T105", "error",
                                             note="a rate given as a head count"), "人", "正向"),
        (None, "质量指标", "资助资金发放差错率", mk("≥", "T108", "warning", row=True,
                                                   note="反向 rate with ≥"), 1, "%", "反向"),
        (None, None, "受助学生信息准确率", "=", 100, "%", "正向"),
        (None, "时效指标", "资金发放时间", "≤", 60, "日", "反向"),
        (None, "成本指标", "助学金资助标准", "≤", 1500, "元/生·年", "反向"),
        ("效益指标", "社会效益指标", "中职学生在校巩固率", "≥", 96, "%", "正向"),
        (None, "可持续影响指标", "资助育人长效机制", "定性", "健全", "", "正向"),
        ("满意度指标", "服务对象满意度指标", "受助学生满意度", "≥", 90, "%", "正向"),
    ], label="绩效指标")  # fmt: skip
    sign_off(s, 2026, who="罗青", checker="蒋德明", phone="0736-5102287")
    return b


@variant("jf03-nutrition-ok", (1, 4), "project, NAT-2021, table from column B with an empty "
         "spacer column, 元/生·天 × students × days equal to the money, 注 lines")  # fmt: skip
def nutrition_ok() -> Book:
    b = Book()
    s = b.sheet("营养改善", widths=(3, 14, 18, 30, 3, 16, 16))
    s.row("2026年度项目支出绩效目标表", merge=[(2, 7)], col=2)
    s.row("项目名称", "农村义务教育学生营养改善计划", None, None, None, None,
          merge=[(3, 7)], col=2)  # fmt: skip
    s.row("主管部门", "溪口县教育局", None, "实施单位", "溪口县学生营养改善计划办公室", None,
          merge=[(3, 4), (6, 7)], col=2)  # fmt: skip
    s.row("项目期", "1年", "计划开始日期", day(2026, 1, 1), "计划完成日期", day(2026, 12, 31),
          col=2)  # fmt: skip
    s.row("项目资金（万元）", "年度资金总额", m(840), "其中：财政拨款", m(840), None, col=2)
    s.row(None, None, None, "其他资金", m(0), None, col=2)
    s.ws.merge_cells(start_row=s.r - 1, start_column=2, end_row=s.r, end_column=2)
    s.row("年度绩效目标", "为全县农村义务教育阶段8400名在校学生按每生每天5元标准提供营养膳食补助，"
          "全年供餐200天，改善学生营养健康状况，提高学生体质。", None, None, None, None,
          merge=[(3, 7)], col=2)  # fmt: skip
    indicator_table(s, ("一级指标", "二级指标", "三级指标", None, "指标值", "备注"), [
        ("产出指标", "数量指标", "受益学生人数", None, "≥8400人", ""),
        (None, None, "全年供餐天数", None, "≥200天", "按学年在校天数"),
        (None, "质量指标", "供餐学校食品安全量化等级B级以上占比", None, "≥95%", ""),
        (None, None, "学校负责人陪餐制度落实率", None, pct(1.0), ""),
        (None, "时效指标", "膳食补助资金拨付时限", None, "每学期开学后30日内", ""),
        ("成本指标", "经济成本指标", "膳食补助标准", None, "≤5元/生·天", "国家标准"),
        ("效益指标", "社会效益指标", "学生体质健康测试合格率", None, "≥92%", ""),
        (None, None, "学生营养健康状况", None, "逐步改善", ""),
        (None, "可持续影响指标", "食品安全责任事故", None, "0起", ""),
        ("满意度指标", "服务对象满意度指标", "学生及家长满意度", None, "≥90%", ""),
    ], col=2)  # fmt: skip
    notes(s, ["注：1.膳食补助标准按每生每天5元执行，8400人×200天×5元=840万元；",
              "2.本表金额单位为万元，指标值按2026年度填报。"], col=2)  # fmt: skip
    sign_off(s, 2026, col=2, who="彭小雨", checker="谢国栋", phone="0739-8316620")
    return b


@variant("jf04-nutrition-wrong", (4, 9, 12), "project, NAT-2021, a two-line header: meal "
         "standard × students × days above the money, malformed thresholds")  # fmt: skip
def nutrition_wrong() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(s, year=2026, name="农村义务教育学生营养改善计划（地方试点）",
                 dept="岚山县教育局（208）", unit="岚山县教育局计划财务股", attr="延续项目",
                 money=[("年度资金总额", m(450), "其中：财政拨款", m(450)),
                        (None, None, "其他资金", m(0))],
                 goals=["为全县6000名农村义务教育学生提供营养膳食补助，"
                        "全年供餐200天。"])  # fmt: skip
    s.row("绩效指标", merge=[(1, 4)])
    indicator_table(s, HEAD4, [
        ("产出指标", "数量指标", "受益学生人数", "≥6000人"),
        (None, None, "供餐天数", "≥200天"),
        (None, "质量指标", "学生营养知识知晓率", mk("≥≤90%", "T116", "warning",
                                                     note="two operators")),
        (None, None, "陪餐制度落实率", mk("95%%", "T116", "warning", note="percent sign twice")),
        (None, "时效指标", "补助资金到校时间", "开学后1个月内"),
        ("成本指标", "经济成本指标", "膳食补助标准",
         mk("≤5元/生·天", "B107", "warning", row=True,
            note="5 × 6000 × 200 = 600万元 > 450万元")),
        ("效益指标", "社会效益指标", "学生营养不良检出率", "≤5%"),
        ("满意度指标", "服务对象满意度指标", "家长满意度", "≥90%"),
    ])  # fmt: skip
    sign_off(s, 2026, who="钟丽", checker="袁海", phone="0738-4421905")
    return b


@variant("jf05-vocational-points-ok", (4, 5, 10), "project, OLD-NAT, numbered tier labels with "
         "points, a 分值 column adding to 90 with 预算执行率 scored apart, a unit column, "
         "text-typed numbers, the header repeated after a page break")  # fmt: skip
def vocational_points_ok() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", widths=(18, 16, 28, 12, 12, 8))
    project_head(s, year=2026, name="中等职业教育免学费及国家助学金", dept="青枫区教育局（117）",
                 unit="青枫区职业技术学校", attr="常年项目",
                 money=[("年度资金总额", m(416), "其中：财政拨款", m(416)),
                        (None, None, "其他资金", m(0))],
                 goals=["对1600名中职在校生免除学费（每生每年2000元），资助家庭经济困难学生480名"
                        "（每生每年2000元）。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "分值")
    indicator_table(s, head, [
        ("一、产出指标（50分）", "（一）数量指标", "1.免学费学生人数", "≥1600", "人", 10),
        (None, None, "2.国家助学金受助人数", "≥480", "人", 10),
        (None, "（二）质量指标", "3.资助对象精准率", "≥98", "%", 10),
        (None, "（三）时效指标", "4.资金发放及时率", "100", "%", 10),
        (None, "（四）成本指标", "5.免学费补助标准", "≤2000", "元/生·年", 10),
    ])  # fmt: skip
    s.skip()
    indicator_table(s, head, [
        ("二、效益指标（30分）", "（一）社会效益指标", "6.中职在校生巩固率", "≥96", "%", 15),
        (None, "（二）可持续影响指标", "7.毕业生就业（升学）率", "≥95", "%", 15),
        ("三、满意度指标（10分）", "（一）服务对象满意度指标", "8.受助学生满意度", "≥90", "%", 10),
    ])  # fmt: skip
    notes(s, ["注：预算执行率（10分）在绩效评价时单独计分，本表分值合计90分。",
              "填报说明：指标值为数值的，计量单位填入“计量单位”栏。"])  # fmt: skip
    sign_off(s, 2026, who="韩晓东", checker="莫秋萍", phone="0731-2289406")
    return b


@variant("jf18-transfer-marks-ok", (5, 12), "transfer-payment 区域绩效目标表 from column C: "
         "中央补助 + 地方资金, numbered goals, tier labels with *, ★ on core indicators, "
         "ASCII operators")  # fmt: skip
def transfer_marks_ok() -> Book:
    b = Book()
    s = b.sheet("区域绩效目标表", widths=(2, 2, 16, 18, 32, 18))
    s.row("2026年度中央对地方转移支付区域绩效目标表", merge=[(3, 6)], col=3)
    s.row("专项名称", "学生资助补助经费", None, None, merge=[(4, 6)], col=3)
    s.row("省级主管部门", "省教育厅", "地方主管部门", "望川市教育局", col=3)
    s.row("资金使用单位", "各县（区）教育局及所属学校", None, None, merge=[(4, 6)], col=3)
    top = s.r + 1
    s.row("资金情况（万元）", "年度金额", m(2860), None, col=3)
    s.row(None, "其中：中央补助", m(2100), None, col=3)
    s.row(None, "地方资金", m(760), None, col=3)
    s.ws.merge_cells(start_row=top, start_column=3, end_row=s.r, end_column=3)
    s.row("年度总体目标", "目标1：落实普通高中国家助学金政策，资助家庭经济困难学生4800人；"
          "目标2：落实中职免学费政策，惠及学生5200人，确保应助尽助。", None, None,
          merge=[(4, 6)], col=3)  # fmt: skip
    indicator_table(s, HEAD4, [
        ("*产出指标", "数量指标", "★普通高中国家助学金资助人数", ">=4800人"),
        (None, None, "★中职免学费学生人数", ">=5200人"),
        (None, "质量指标", "资助资金足额发放率", "=100%"),
        (None, "时效指标", "资金分配下达时限", "收到资金后30日内"),
        (None, "成本指标", "国家助学金平均资助标准", "<=2000元/生·年"),
        ("*效益指标", "社会效益指标", "家庭经济困难学生应助尽助率", "100%"),
        (None, "可持续影响指标", "学生资助工作长效机制", "健全"),
        ("*满意度指标", "服务对象满意度指标", "受助学生满意度", ">=90%"),
    ], col=3)  # fmt: skip
    notes(s, ["填报说明：1.带“*”的一级指标为必填项；2.带“★”的为核心指标，不得删除。"], width=4,
          col=3)  # fmt: skip
    sign_off(s, 2026, col=3, who="曾琳", checker="谢国栋", phone="0739-8316622")
    return b
