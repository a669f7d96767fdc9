"""Exports from provincial 预算管理一体化 systems (domain §3.3): a budget sheet 05-1 and a goal
sheet 05-2, the header on the third (or fourth) row under a title and a unit line, codes (项目编码,
单位编码) in the first columns, 一级指标 written in every row or merged, 指标值 beside a separate
指标值说明 column, operators written as words inside the value."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.holdout2.registry import variant
from tests.variants.kit import Book, Sheet, mk, money

GOAL_SHEET = "项目支出绩效目标表（05-2）"
WIDE = (20, 30, 10, 26, 12, 16, 34, 18, 30)


def budget_sheet(b: Book, unit: str, unit_code: str, projects: Sequence[Sequence[Any]]) -> None:
    """Sheet 05-1: one row per project (编码, 名称, 类别, 合计, 财政拨款, 其他资金, 目标)."""
    s = b.sheet("项目支出预算表（05-1）", (20, 30, 10, 26, 12, 12, 12, 12, 50))
    s.title("2025年部门项目支出预算表", 9)
    s.row(f"单位名称：{unit}", None, None, None, None, None, None, None, "金额单位：万元",
          merge=[(1, 4)])  # fmt: skip
    s.row("项目编码", "项目名称", "单位编码", "单位名称", "项目类别", "合计", "财政拨款",
          "其他资金", "年度绩效目标")  # fmt: skip
    for code, name, kind, total, fin, other, goal in projects:
        s.row(code, name, unit_code, unit, kind, money(total), money(fin), money(other), goal)


def goal_sheet(b: Book, unit: str, title: str = "2025年部门项目支出绩效目标表") -> Sheet:
    """Sheet 05-2 with the header on row 3: codes, then tiers, 指标值 and 指标值说明."""
    s = b.sheet(GOAL_SHEET, WIDE)
    s.title(title, 9)
    s.row(f"单位名称：{unit}", None, None, None, None, None, None, None, "金额单位：万元",
          merge=[(1, 4)])  # fmt: skip
    s.row("项目编码", "项目名称", "单位编码", "单位名称", "一级指标", "二级指标", "三级指标",
          "指标值", "指标值说明")  # fmt: skip
    return s


def repeated(code: str, name: str, unit_code: str, unit: str,
             rows: Sequence[Sequence[Any]]) -> list[list[Any]]:  # fmt: skip
    """Export rows: every row repeats the codes, the project and its 一级指标 (nothing merged)."""
    return [[code, name, unit_code, unit, *r] for r in rows]


QL_CULTURE = "青岚市文化和旅游局（本级）"


@variant("k01-export-row3-words", (7, 11),
         "一体化 export: sheets 05-1 and 05-2, header on row 3, codes first, 一级指标 in "
         "every row, 指标值 with a 指标值说明 column, word operators and a date deadline "
         "(correct)")  # fmt: skip
def k01() -> Book:
    b = Book()
    code, name = "330201251000000417", "公共文化惠民演出项目"
    budget_sheet(b, QL_CULTURE, "214001", [
        (code, name, "延续项目", 86.5, 86.5, 0.0,
         "全年组织送戏下乡演出不少于120场，惠及基层群众3.6万人次以上。"),
    ])  # fmt: skip
    s = goal_sheet(b, QL_CULTURE)
    s.table(repeated(code, name, "214001", QL_CULTURE, [
        ("产出指标", "数量指标", "送戏下乡演出场次", "不少于120场", "覆盖全市9个乡镇"),
        ("产出指标", "数量指标", "公益观演人次", "不低于3.6万人次", "按场次签到统计"),
        ("产出指标", "质量指标", "演出节目内容审查通过率", "达到100%", "演出前逐场审查"),
        ("产出指标", "时效指标", "年度演出计划完成时间", "2025年12月底前", ""),
        ("成本指标", "经济成本指标", "单场演出补助标准", "不超过6500元/场", "按政府采购合同执行"),
        ("效益指标", "社会效益指标", "基层公共文化服务水平", "有所提升", "对照上年群众反馈"),
        ("效益指标", "可持续影响指标", "惠民演出常态化机制", "建立并执行", ""),
        ("满意度指标", "服务对象满意度指标", "观演群众满意度", "不低于90%", "现场问卷抽样调查"),
    ]))  # fmt: skip
    return b


LX_WATER = "临溪县水利局"


@variant("k02-export-merged-operator-words", (7, 11),
         "export with the header on row 4 under 附表05-2, project and tiers merged down, 指标性质 "
         "holding the operator in words (大于等于/小于等于/等于/定性), bare numbers and a 度量单位 "
         "column (correct)")  # fmt: skip
def k02() -> Book:
    b = Book()
    name = "小型农田水利设施维修养护项目"
    budget_sheet(b, LX_WATER, "118003", [
        ("331127251000000208", name, "经常性项目", 60.0, 60.0, 0.0,
         "维修养护灌溉渠道35公里、小型泵站6座，保障汛前完成维修任务。"),
    ])  # fmt: skip
    s = b.sheet(GOAL_SHEET, (30, 14, 18, 30, 12, 10, 12, 30))
    s.row("附表05-2")
    s.title("2025年度项目支出绩效目标表", 8)
    s.row(f"单位：{LX_WATER}", None, None, None, None, None, None, None, merge=[(1, 4)])
    s.row("项目名称", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位",
          "指标值说明")  # fmt: skip
    s.table([
        (name, "产出指标", "数量指标", "维修养护渠道长度", "大于等于", 35, "公里", ""),
        (None, None, None, "维修小型泵站", "大于等于", 6, "座", ""),
        (None, None, "质量指标", "维修工程验收合格率", "等于", 100, "%", "县水利局组织验收"),
        (None, None, "时效指标", "汛前维修任务完成率", "大于等于", 90, "%", "5月31日前"),
        (None, "成本指标", "经济成本指标", "渠道维修单位成本", "小于等于", 1.2, "万元/公里", ""),
        (None, None, None, "泵站维修单座成本", "小于等于", 2.5, "万元/座", ""),
        (None, "效益指标", "经济效益指标", "恢复和改善灌溉面积", "大于等于", 1.8, "万亩", ""),
        (None, None, "社会效益指标", "受益农户", "大于等于", 4200, "户", ""),
        (None, None, "可持续影响指标", "维修设施正常运行年限", "大于等于", 5, "年", ""),
        (None, "满意度指标", "服务对象满意度指标", "受益农户满意度", "大于等于", 90, "%",
         "入户抽样调查"),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


LX_HEALTH = "临溪县卫生健康局"


@variant("k08-export-department-weights", (3, 7, 10),
         "department export 06表: header on row 3 under a title and a unit line, 部门编码 first, "
         "一级指标 in every row, operator in the value and the unit in its own column, weights "
         "adding to 100 (correct)")  # fmt: skip
def k08() -> Book:
    b = Book()
    s = b.sheet("部门整体支出绩效目标表（06表）", (12, 20, 12, 18, 34, 12, 12, 8))
    s.title("2025年度部门整体支出绩效目标表", 8)
    s.row(f"部门名称：{LX_HEALTH}", None, None, None, None, None, None, "单位：万元",
          merge=[(1, 4)])  # fmt: skip
    s.row("部门编码", "部门名称", "一级指标", "二级指标", "三级指标", "指标值", "计量单位",
          "权重")  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "免疫规划疫苗接种人次", "≥3.2", "万人次", 15),
        ("产出指标", "数量指标", "家庭医生签约服务重点人群", "≥2.6", "万人", 15),
        ("产出指标", "质量指标", "基层医疗机构基本药物配备达标率", "≥90", "%", 10),
        ("产出指标", "时效指标", "法定传染病报告及时率", "≥98", "%", 10),
        ("成本指标", "经济成本指标", "一般性支出压减比例", "≥5", "%", 10),
        ("效益指标", "社会效益指标", "居民健康素养水平", "≥30", "%", 15),
        ("效益指标", "可持续影响指标", "县域内就诊率", "≥88", "%", 15),
        ("满意度指标", "服务对象满意度指标", "群众就医满意度", "≥90", "%", 10),
    ]
    s.table([("106001", LX_HEALTH, *r) for r in rows])
    return b


LX_HR = "临溪县人力资源和社会保障局"


@variant("k10-export-three-projects", (2, 7),
         "export listing three projects in one 05-2 sheet, one row per indicator with the project "
         "code and name in every row; the same indicator names carry different values in "
         "different projects (correct)")  # fmt: skip
def k10() -> Book:
    b = Book()
    p1 = ("331127251000000311", "职业技能提升培训补贴项目")
    p2 = ("331127251000000312", "公益性岗位补贴项目")
    p3 = ("331127251000000315", "创业担保贷款贴息项目")
    budget_sheet(b, LX_HR, "123001", [
        (*p1, "延续项目", 180.0, 180.0, 0.0, "补贴职业技能培训1500人以上，培训合格率85%以上。"),
        (*p2, "延续项目", 240.0, 240.0, 0.0, "开发公益性岗位200个，按月足额发放岗位补贴。"),
        (*p3, "延续项目", 90.0, 60.0, 30.0, "对符合条件的创业担保贷款按规定贴息。"),
    ])  # fmt: skip
    s = goal_sheet(b, LX_HR)
    s.table([
        *repeated(*p1, "123001", LX_HR, [
            ("产出指标", "数量指标", "补贴培训人数", "不少于1500人", ""),
            ("产出指标", "质量指标", "培训合格率", "不低于85%", "以职业技能等级证书为准"),
            ("产出指标", "时效指标", "补贴资金发放时限", "不超过30个工作日", "自申请受理之日起"),
            ("成本指标", "经济成本指标", "人均培训补贴标准", "不超过1100元/人", ""),
            ("效益指标", "社会效益指标", "参训人员培训后就业率", "不低于60%", "培训结束后6个月内"),
            ("效益指标", "可持续影响指标", "职业技能培训补贴制度", "持续执行", ""),
            ("满意度指标", "服务对象满意度指标", "服务对象满意度", "不低于90%", ""),
        ]),
        *repeated(*p2, "123001", LX_HR, [
            ("产出指标", "数量指标", "开发公益性岗位", "不少于200个", ""),
            ("产出指标", "质量指标", "岗位补贴发放准确率", "达到100%", ""),
            ("产出指标", "时效指标", "补贴资金发放时限", "每月15日前", "按月发放"),
            ("成本指标", "经济成本指标", "岗位补贴标准", "不超过950元/人·月", ""),
            ("效益指标", "社会效益指标", "就业困难人员安置人数", "不少于200人", ""),
            ("效益指标", "可持续影响指标", "公益性岗位动态管理机制", "建立并执行", ""),
            ("满意度指标", "服务对象满意度指标", "服务对象满意度", "不低于88%", ""),
        ]),
        *repeated(*p3, "123001", LX_HR, [
            ("产出指标", "数量指标", "享受贴息的创业担保贷款笔数", "不少于150笔", ""),
            ("产出指标", "质量指标", "贴息资金审核准确率", "达到100%", ""),
            ("产出指标", "时效指标", "贴息资金拨付时间", "每季度结束后20个工作日内", ""),
            ("成本指标", "经济成本指标", "单笔贷款年贴息额", "不超过5500元/笔", ""),
            ("效益指标", "经济效益指标", "带动就业人数", "不少于450人", "含创业者本人"),
            ("效益指标", "可持续影响指标", "创业担保贷款贴息政策", "持续执行", ""),
            ("满意度指标", "服务对象满意度指标", "服务对象满意度", "不低于92%", ""),
        ]),
    ])  # fmt: skip
    return b


BS_AGRI = "白沙河区农业农村局"


@variant("k12-export-value-defects", (7, 11),
         "一体化 export like k01: a 覆盖率 given as a count, a 准确率 of 不低于100%, and 不低于 on "
         "an incident rate")  # fmt: skip
def k12() -> Book:
    b = Book()
    code, name = "330213251000000126", "农产品质量安全检测项目"
    budget_sheet(b, BS_AGRI, "131002", [
        (code, name, "经常性项目", 45.0, 45.0, 0.0,
         "全年完成农产品定量检测1500批次以上，确保不发生区域性农产品质量安全事件。"),
    ])  # fmt: skip
    s = goal_sheet(b, BS_AGRI)
    s.table(repeated(code, name, "131002", BS_AGRI, [
        ("产出指标", "数量指标", "农产品定量检测批次", "不少于1500批次", ""),
        ("产出指标", "数量指标", "乡镇快速检测覆盖率",
         mk("不少于12个", "T105", "error", note="a 覆盖率 needs a percentage"), "全区12个乡镇"),
        ("产出指标", "质量指标", "检测结果准确率",
         mk("不低于100%", "T106", "error", note="≥100% on a capped rate"), ""),
        ("产出指标", "时效指标", "检测报告出具时限", "不超过5个工作日", ""),
        ("成本指标", "经济成本指标", "单批次定量检测成本", "不超过250元/批次", ""),
        ("效益指标", "社会效益指标", "农产品质量安全事件发生率",
         mk("不低于0.5%", "T108", "warning", row=True, note="≥ on a 反向 rate"), ""),
        ("效益指标", "可持续影响指标", "检测数据共享机制", "建立并执行", ""),
        ("满意度指标", "服务对象满意度指标", "生产经营主体满意度", "不低于90%", "抽样调查"),
    ]))  # fmt: skip
    return b


LX_CIVIL = "临溪县民政局"


@variant("k18-export-oldnat-placement", (5, 7),
         "OLD-NAT export, 一级指标 in every row: a 成本指标 tier-2 under 效益指标 beside the "
         "proper one under 产出指标, 预算执行率 as a 成本 indicator, a 合格率 under "
         "时效指标")  # fmt: skip
def k18() -> Book:
    b = Book()
    code, name = "331127251000000522", "养老护理员技能培训项目"
    budget_sheet(b, LX_CIVIL, "127001", [
        (code, name, "延续项目", 36.0, 36.0, 0.0,
         "培训养老护理员300人次，提升全县养老机构护理服务水平。"),
    ])  # fmt: skip
    s = goal_sheet(b, LX_CIVIL)
    s.table(repeated(code, name, "127001", LX_CIVIL, [
        ("产出指标", "数量指标", "培训养老护理员人次", "不少于300人次", ""),
        ("产出指标", "质量指标", "培训课程按大纲开课率", "达到100%", ""),
        ("产出指标", "时效指标",
         mk("培训考核合格率", "F201", "warning", row=True, note="a 合格率 belongs under 质量"),
         "不低于90%", ""),
        ("产出指标", "时效指标", "培训完成时间", "2025年11月30日前", ""),
        ("产出指标", "成本指标", "人均培训成本", "不超过1000元/人次", ""),
        ("产出指标", "成本指标",
         mk("预算执行率", "F202", "warning", row=True, note="scored separately"), "不低于95%", ""),
        ("效益指标", mk("成本指标", "F105", "error", row=True,
                        note="成本 belongs under 产出 in OLD-NAT"),
         "培训场地租赁费用", "不超过3万元", ""),
        ("效益指标", "社会效益指标", "养老机构持证护理员占比", "不低于80%", ""),
        ("效益指标", "可持续影响指标", "护理员继续教育制度", "建立并执行", ""),
        ("满意度指标", "服务对象满意度指标", "参训学员满意度", "不低于90%", ""),
    ]))  # fmt: skip
    return b
