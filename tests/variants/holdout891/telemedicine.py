"""Telemedicine projects: 中期 and 年度 columns, directions in their own column, a table on a
second sheet, template rows left empty, other header words (khq07–khq12)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout891.common import (
    BUREAU,
    HOSPITAL,
    MCH,
    YEAR,
    book,
    indicators,
    multi_year,
    notes,
    one_year,
    signatures,
    w,
)
from tests.variants.holdout891.registry import variant
from tests.variants.kit import Book, mk, pct

PERIOD_HEAD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant(
    "khq07-remote-multi-year",
    (8,),
    "three-year telemedicine platform, NAT-2021, 中期 and 年度 columns: cumulative counts "
    "smaller each year, rates and response times legitimately equal (correct)",
)
def remote_multi_year() -> Book:
    b, s = book()
    project_head(
        s,
        year=YEAR,
        years=3,
        name="县域远程医疗服务平台建设",
        dept=BUREAU,
        unit=HOSPITAL,
        attr="新增项目",
        money=multi_year((w(900), w(780), w(120)), (w(360), w(300), w(60))),
        goals=[
            "三年内建成覆盖全部乡镇卫生院和村卫生室的远程会诊、影像、心电网络。",
            "本年度完成平台一期和18家乡镇卫生院终端部署，开展远程会诊。",
        ],
    )
    indicators(s, PERIOD_HEAD, [
        ("成本指标", "经济成本指标", "远程会诊终端单价", "≤6万元/套", "≤6万元/套"),
        ("产出指标", "数量指标", "部署远程会诊终端", "≥40套", "≥18套"),
        (None, None, "远程会诊例数", "≥4500例", "≥1200例"),
        (None, "质量指标", "远程会诊报告规范率", "≥95%", "≥95%"),
        (None, "时效指标", "急诊远程会诊响应时间", "≤30分钟", "≤30分钟"),
        ("效益指标", "社会效益指标", "县域内就诊率", "≥90%", "≥88%"),
        (None, "可持续影响指标", "平台运维机制", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "基层医务人员满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "khq08-remote-period-copied",
    (8,),
    "three-year remote imaging centre, NAT-2021, 中期 and 年度 columns: two cumulative "
    "counts copied from 中期 to 年度, an annual training count above its period count",
)
def remote_period_copied() -> Book:
    b, s = book()
    project_head(
        s,
        year=YEAR,
        years=3,
        name="县域远程影像诊断中心建设",
        dept=BUREAU,
        unit=HOSPITAL,
        attr="新增项目",
        money=multi_year((w(630), w(540), w(90)), (w(240), w(210), w(30))),
        goals=[
            "三年内乡镇卫生院影像检查全部由县医院远程阅片出具报告。",
            "本年度建成影像云平台，完成首批乡镇卫生院接入和技师培训。",
        ],
    )
    copied = "中期为三年累计，年度照抄中期"
    indicators(s, PERIOD_HEAD, [
        ("成本指标", "经济成本指标", "影像云平台建设成本", "≤180万元", "≤150万元"),
        ("产出指标", "数量指标", "接入远程影像的乡镇卫生院", "≥16个",
         mk("≥16个", "D202", "warning", note=copied)),
        (None, None, "远程影像诊断例数", "≥60000例",
         mk("≥60000例", "D202", "warning", note=copied)),
        (None, None, "培训基层影像技师", "≥60人次",
         mk("≥80人次", "D201", "error", note="年度 80人次 大于三年累计 60人次")),
        (None, "质量指标", "远程影像报告阳性符合率", "≥90%", "≥90%"),
        (None, "时效指标", "常规影像报告出具时间", "≤24小时", "≤24小时"),
        ("效益指标", "社会效益指标", "乡镇卫生院影像检查外转率", "≤5%", "≤8%"),
        ("满意度指标", "服务对象满意度指标", "受检患者满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "khq09-remote-direction-column",
    (11,),
    "project, OLD-NAT, 指标性质 as direction (正向/反向) and 指标方向 as operator, bare numbers "
    "with a unit column: a response time with ≥, a consultation count with ≤",
)
def remote_direction_column() -> Book:
    b, s = book("Sheet1", (14, 16, 28, 10, 10, 12, 10))
    project_head(s, year=YEAR, name="县人民医院远程会诊中心运行", dept=BUREAU, unit=HOSPITAL,
                 money=one_year(75, 75, 0), attr="常年项目",
                 goals=["保障远程会诊中心全年运行，上联省级医院，下联乡镇卫生院。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值",
                   "计量单位"), [
        ("产出指标", "数量指标", "远程会诊例数", "正向",
         mk("≤", "T108", "warning", row=True, note="会诊例数是正向产出，应为 ≥"), 1500, "例"),
        (None, None, "上联省级医院会诊例数", "正向", "≥", 200, "例"),
        (None, "质量指标", "会诊记录完整率", "正向", "≥", 95, "%"),
        (None, None, "会诊设备故障率", "反向", "≤", 2, "%"),
        (None, "时效指标", "远程会诊平均响应时间", "反向",
         mk("≥", "T108", "warning", row=True, note="响应时间是反向指标，应为 ≤"), 30, "分钟"),
        (None, "成本指标", "专线及运维年费用", "反向", "≤", 75, "万元"),
        ("效益指标", "社会效益指标", "县外转诊率", "反向", "≤", 8, "%"),
        ("满意度指标", "服务对象满意度指标", "会诊患者满意度", "正向", "≥", 90, "%"),
    ])  # fmt: skip
    return b


@variant(
    "khq10-remote-second-sheet",
    (7,),
    "project: head on the first sheet, the indicator table on a second sheet under the "
    "headers 考核指标 and 预期实现值, typed percents, a 0起 incident cap (correct)",
)
def remote_second_sheet() -> Book:
    b, s = book("项目信息")
    project_head(s, year=YEAR, name="乡镇卫生院远程诊疗终端配置", dept=BUREAU,
                 unit="栖梧县基层卫生服务中心", money=one_year(126, 126, 0),
                 goals=["为14家乡镇卫生院配置远程诊疗终端，接入县域远程医疗平台。"])  # fmt: skip
    t = b.sheet("绩效指标", (14, 18, 34, 18))
    t.title(f"{YEAR}年度项目绩效指标", 4)
    indicators(t, ("一级指标", "二级指标", "考核指标", "预期实现值"), [
        ("产出指标", "数量指标", "配置远程诊疗终端的乡镇卫生院", "≥14家"),
        (None, "质量指标", "终端联网调试合格率", pct(1)),
        (None, None, "患者信息安全事件", "≤0起"),
        (None, "时效指标", "终端部署完成时间", "2026年6月30日前"),
        (None, "成本指标", "远程诊疗终端单价", "≤9万元/套"),
        ("效益指标", "社会效益指标", "乡镇卫生院远程会诊申请量", "≥700例"),
        (None, "可持续影响指标", "终端使用年限", "≥6年"),
        ("满意度指标", "服务对象满意度指标", "乡镇医生满意度", pct(0.9)),
    ])  # fmt: skip
    return b


@variant(
    "khq11-template-rows",
    (6, 13),
    "project, NAT-2021, header 预期目标: two tier-2 rows left from the template without "
    "indicator or value, one value without an indicator name",
)
def template_rows() -> Book:
    b, s = book()
    project_head(
        s,
        year=YEAR,
        name="远程胎心监护系统建设",
        dept=BUREAU,
        unit=MCH,
        money=one_year(260, 240, 20),
        attr="新增项目",
        goals=["为高危孕妇提供远程胎心监护，县妇幼保健院集中判读并及时预警。"],
    )
    left = "模板留下的二级指标，没有三级指标和指标值"
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("成本指标", "经济成本指标", "胎心监护终端单价", "≤0.8万元/台"),
        (None, mk("社会成本指标", "F109", "warning", row=True, note=left), None, None),
        ("产出指标", "数量指标", "发放远程胎心监护终端", "≥200台"),
        (None, None, "孕妇远程监护人次", "≥3000人次"),
        (None, "质量指标", "监护数据上传成功率", "≥98%"),
        (None, None, mk(None, "F110", "error", note="有指标值“≥95%”，没有指标名称"), "≥95%"),
        (None, "时效指标", "异常胎心预警响应时间", "≤15分钟"),
        ("效益指标", "社会效益指标", "高危孕妇远程监护覆盖率", "≥80%"),
        (None, mk("生态效益指标", "F109", "warning", row=True, note=left), None, None),
        (None, "可持续影响指标", "系统持续运行年限", "≥3年"),
        ("满意度指标", "服务对象满意度指标", "孕产妇满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "khq12-header-words-notes",
    (7, 4),
    "project, OLD-NAT, headers 指标内容 and 绩效标准, an instruction row inside the table, "
    "说明 and 填表说明 below, signature lines dated the year before (correct)",
)
def header_words_notes() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="远程病理会诊系统购置", dept=BUREAU, unit=HOSPITAL,
                 money=one_year(98, 90, 8), attr="一次性项目",
                 goals=["购置数字病理切片扫描仪，术中冰冻切片由市级医院远程会诊。"])  # fmt: skip
    s.row("一级指标", "二级指标", "指标内容", "绩效标准")
    s.row("（定量指标填写比较符、数值和单位；定性指标填写等级）", merge=[(1, 4)])
    s.table([
        ("产出指标", "数量指标", "购置数字病理切片扫描仪", "≥1台"),
        (None, None, "年远程病理会诊例数", "≥400例"),
        (None, "质量指标", "切片扫描图像合格率", "≥98%"),
        (None, "时效指标", "术中冰冻远程诊断时间", "≤30分钟"),
        (None, "成本指标", "扫描仪购置单价", "≤92万元/台"),
        ("效益指标", "社会效益指标", "术中病理外送率", "≤10%"),
        (None, "可持续影响指标", "设备使用年限", "≥8年"),
        ("满意度指标", "服务对象满意度指标", "手术科室满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(
        s,
        "说明：扫描仪单价含三年原厂维保；其余6万元为病理科网络改造费用。",
        "填表说明：1.指标值须可考核；2.成本指标按采购预算填写；3.本表一式两份。",
    )
    signatures(s, "柯雨眠", "0739-6213316", (YEAR - 1, 12, 5))
    return b
