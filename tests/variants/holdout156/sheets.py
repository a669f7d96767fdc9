"""One-year project returns with more than one sheet or with numbers typed as text: a second
sheet holding only the 填报说明, a third sheet with the 资金明细 whose items add up to the total,
amounts and target figures stored as text."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout156.common import detail_sheet, notes_sheet, sign, wan
from tests.variants.holdout156.registry import variant
from tests.variants.kit import Book, mk

NOTES = [
    "本表由项目单位填报，主管部门审核汇总后随部门预算报送财政部门。",
    "绩效指标应与项目资金和实施内容相匹配，指标值应当清晰、可衡量。",
    "定量指标填写比较符、数值和计量单位；定性指标按好、较好、一般、差等分档表述。",
    "资金明细表所列金额之和应等于项目年度资金总额。",
]


@variant("nj05-three-sheets", (4, 7, 12),
         "project, NAT-2021: indicator table on the first sheet, a 填报说明 sheet, a 资金明细 "
         "sheet whose items add up to the total; 100%完成 on a 完成率")  # fmt: skip
def nj05() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", widths=(14, 18, 32, 22, 6, 6))
    project_head(s, year=2027, name="枫渡市中小学校园安全监控升级项目",
                 dept="枫渡市教育局（501）", unit="枫渡市教育装备中心",
                 money=[("年度资金总额", wan(128), "其中：财政拨款", wan(120)),
                        ("其他资金", wan(8), None, None)],
                 goals=["为16所中小学新增高清摄像机320台并升级存储设备，实现校园重点部位"
                        "监控全覆盖，提升校园安全隐患发现和处置效率。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table([
        ("产出指标", "数量指标", "新增高清摄像机数量", "≥320台"),
        (None, None, "覆盖学校数量", "≥16所"),
        (None, None, "设备安装任务完成率", "100%完成"),
        (None, "质量指标", "监控画面在线率", "≥98%"),
        (None, "时效指标", "项目完工时间", "2027年10月31日前"),
        ("成本指标", "经济成本指标", "摄像机采购单价", "≤0.25万元/台"),
        (None, None, "学校安装调试费用标准", "≤1.5万元/所"),
        ("效益指标", "社会效益指标", "校园安全隐患发现处置效率", "较上年提高"),
        (None, "可持续影响指标", "监控设备使用年限", "≥5年"),
        ("满意度指标", "服务对象满意度指标", "师生及家长满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    sign(s, preparer="聂晓川", phone="0563-2207418", checker="严佩玲")
    notes_sheet(b, NOTES)
    detail_sheet(b, "2027年枫渡市中小学校园安全监控升级项目资金明细", [
        ("高清摄像机购置", "320台×0.25万元/台", wan(80)),
        ("存储服务器购置", "4台×6万元/台", wan(24)),
        ("安装调试及布线", "16所×1.5万元/所", wan(24)),
    ], wan(128))  # fmt: skip
    return b


@variant("nj09-detail-sheet-wrong", (12,),
         "project, OLD-NAT, 填报说明 and 资金明细 sheets: the 资金明细 items do not add "
         "up to their 合计; one indicator given twice with different targets")  # fmt: skip
def nj09() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", widths=(14, 18, 32, 22, 6, 6))
    project_head(s, year=2027, name="石岫镇村级公益性岗位补贴项目",
                 dept="青砚县人力资源和社会保障局（309）", unit="青砚县石岫镇人民政府",
                 money=[("年度资金总额", wan(60), "其中：财政拨款", wan(54)),
                        ("其他资金", wan(6), None, None)],
                 goals=["开发村级公益性岗位，安置脱贫劳动力和农村就业困难人员就近就业，"
                        "按月足额发放岗位补贴。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table([
        ("产出指标", "数量指标", "开发村级公益性岗位数",
         mk("≥40个", "D102", "error", row=True, required=False, alt=("D101", "D103"),
            note="the first of the two rows")),
        (None, None, "安置脱贫劳动力人数", "≥40人"),
        (None, "质量指标", "岗位人员履职考核合格率", "≥95%"),
        (None, "时效指标", "岗位补贴按月发放及时率", "≥95%"),
        (None, "成本指标", "岗位补贴标准", "≤1000元/人·月"),
        ("效益指标", "社会效益指标",
         mk(mk("开发村级公益性岗位数", "D102", "error", row=True, alt=("D101", "D103"),
               note="the same indicator as under 数量, now ≥45个"),
            "F201", "warning", row=True, required=False), "≥45个"),
        (None, None, "脱贫劳动力就业稳定性", "较上年提高"),
        (None, "可持续影响指标", "公益性岗位管理制度", "健全"),
        ("满意度指标", "服务对象满意度指标", "岗位人员满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    sign(s, preparer="岳红梅", phone="0812-6615930", checker="田振宇")
    notes_sheet(b, NOTES)
    b.file_mark("B102", "error", note="资金明细: 48 + 1.6 + 8 = 57.6, not the 合计 60")
    detail_sheet(b, "2027年石岫镇村级公益性岗位补贴项目资金明细", [
        ("岗位补贴", "40人×1000元/人·月×12个月", wan(48)),
        ("意外伤害保险", "40人×400元/人", wan(1.6)),
        ("岗前培训及日常管理", "40人×2000元/人", wan(8)),
    ], wan(60))  # fmt: skip
    return b


@variant("nj10-numbers-as-text", (9, 12),
         "project, NAT-2021: amounts and target figures typed as text without separators, "
         "比较符 and 计量单位 columns, a deadline with 前 and no operator")  # fmt: skip
def nj10() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(14, 18, 30, 10, 14, 12))
    project_head(
        s,
        year=2027,
        name="桐川市公共图书馆数字资源采购项目",
        dept="桐川市文化广电旅游局（405）",
        unit="桐川市图书馆",
        money=[("年度资金总额", "85.6", "其中：财政拨款", "80"), ("其他资金", "5.6", None, None)],
        goals=["采购电子图书和专题数据库，丰富数字馆藏，提升数字阅读服务能力。"],
    )
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    s.table([
        ("产出指标", "数量指标", "采购电子图书数量", "≥", "12000", "册"),
        (None, None, "采购专题数据库种类", "≥", "6", "个"),
        (None, "质量指标", "数字资源可用率", "≥", "98", "%"),
        (None, "时效指标", "采购合同签订时间", None, "2027年6月30日前", None),
        ("成本指标", "经济成本指标", "电子图书单册采购成本", "≤", "35", "元/册"),
        ("效益指标", "社会效益指标", "数字资源年访问量", "≥", "150000", "人次"),
        (None, "可持续影响指标", "数字资源平台服务", "定性", "长期稳定运行", None),
        ("满意度指标", "服务对象满意度指标", "读者满意度", "≥", "90", "%"),
    ], merged=(1, 2))  # fmt: skip
    sign(s, preparer="邬嘉怡", phone="0739-5540271", checker="冯立新")
    return b


@variant("nj12-text-money-wrong", (9, 12),
         "project, NAT-2021, amounts typed as text: 资金总额 is not 财政拨款 + 其他资金; a value "
         "whose unit contradicts the 计量单位 column")  # fmt: skip
def nj12() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(14, 18, 30, 16, 12, 6))
    project_head(s, year=2027, name="枫渡市社区文化活动补助项目",
                 dept="枫渡市文化广电旅游局（507）", unit="枫渡市群众艺术馆",
                 money=[("年度资金总额", mk("96", "B101", "error", note="80 + 6 = 86"),
                         "其中：财政拨款", "80"),
                        ("其他资金", "6", None, None)],
                 goals=["组织送戏下乡演出和社区文化活动，培育社区文艺团队，丰富群众文化"
                        "生活。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "计量单位")
    s.table([
        ("产出指标", "数量指标", "送戏下乡演出场次",
         mk("≥120场", "T112", "error", row=True, note="场 in the value, 人次 in the unit column"),
         "人次"),
        (None, None, "社区文化活动举办次数", "≥60次", "次"),
        (None, "质量指标", "演出活动安全事故", "=0起", "起"),
        (None, "时效指标", "补助资金拨付时间", "2027年12月15日前", None),
        ("成本指标", "经济成本指标", "每场演出补助标准", "≤0.5万元/场", "万元/场"),
        ("效益指标", "社会效益指标", "群众文化活动参与人次", "≥36000人次", "人次"),
        (None, "可持续影响指标", "培育社区文艺团队", "≥12支", "支"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%", "%"),
    ], merged=(1, 2))  # fmt: skip
    sign(s, preparer="柯建华", phone="0563-2291846", checker="包玉兰")
    return b


@variant("nj18-footnotes-detail-text", (4, 9, 12),
         "project, OLD-NAT, footnotes and signature line, 填报说明 sheet, 资金明细 sheet with the "
         "amounts typed as text, a count with =")  # fmt: skip
def nj18() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", widths=(14, 18, 34, 22, 6, 6))
    project_head(s, year=2027, name="柘岭县农村生活垃圾分类收运项目",
                 dept="柘岭县住房和城乡建设局（231）", unit="柘岭县环境卫生管理站",
                 money=[("年度资金总额", wan(210), "其中：财政拨款", wan(180)),
                        ("其他资金", wan(30), None, None)],
                 goals=["为45个行政村配置分类垃圾桶1200个，购置收运车辆3辆，建立农村生活"
                        "垃圾分类收运体系。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table([
        ("产出指标", "数量指标", "配置分类垃圾桶数量", "≥1200个"),
        (None, None, "购置收运车辆数量", "=3辆"),
        (None, None, "覆盖行政村数", "≥45个"),
        (None, "质量指标", "收运设施验收合格率", "≥95%"),
        (None, "时效指标", "设备采购完成时间", "2027年6月30日前"),
        (None, "成本指标", "分类垃圾桶采购单价", "≤500元/个"),
        (None, None, "收运车辆采购单价", "≤25万元/辆"),
        ("效益指标", "社会效益指标", "农村人居环境", "较上年提高"),
        (None, "生态效益指标", "农村生活垃圾无害化处理率", "≥90%"),
        (None, "可持续影响指标", "收运体系运行", "长期有效"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    sign(s, notes=["注：1. 转运运营补助按月拨付。", "2. 收运车辆由县环境卫生管理站统一调度。"],
         preparer="韦丽萍", phone="0745-3327719", checker="覃志强")  # fmt: skip
    notes_sheet(b, NOTES)
    detail_sheet(b, "2027年柘岭县农村生活垃圾分类收运项目资金明细", [
        ("分类垃圾桶购置", "1200个×500元/个", "60.00"),
        ("收运车辆购置", "3辆×25万元/辆", "75.00"),
        ("转运运营补助", "12个月×6.25万元/月", "75.00"),
    ], "210.00")  # fmt: skip
    return b
