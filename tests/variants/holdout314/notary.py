"""Returns on notary services (公证便民服务, 公证费减免, 远程视频公证): tl07–tl12."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout314.common import (
    budget,
    grid,
    multi_year,
    note,
    one_year,
    sign,
    start,
    tasks,
)
from tests.variants.holdout314.registry import variant
from tests.variants.kit import Book, mk, pct

PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("tl07-video-three-year", (8,), "three-year project, NAT-2021, 中期 and 年度 value "
         "columns: annual counts below the period counts, rates and caps legitimately equal "
         "(correct)")  # fmt: skip
def video_three_year() -> Book:
    b, s = start()
    project_head(s, year=2026, years=3, name="远程视频公证服务平台建设", attr="新增项目",
                 dept="鹭岙市司法局（360522）", unit="鹭岙市公证协会",
                 money=multi_year((210, 190, 20), (80, 72, 8)),
                 goals=["建成覆盖全市9个公证机构的远程视频公证系统，三年累计办理远程视频公证"
                        "18000件。", "完成平台部署和首批5个公证机构接入，全年办理远程视频公证"
                        "5000件。"])  # fmt: skip
    grid(s, PERIOD, [
        ("产出指标", "数量指标", "接入平台公证机构", "≥9个", "≥5个"),
        (None, None, "远程视频公证办理量", "≥18000件", "≥5000件"),
        (None, "质量指标", "视频公证文书合格率", "≥98%", "≥98%"),
        (None, "时效指标", "受理至出证平均时限", "≤5个工作日", "≤5个工作日"),
        ("成本指标", "经济成本指标", "平台建设及运维成本", "≤210万元", "≤80万元"),
        ("效益指标", "社会效益指标", "群众办证往返次数", "≤1次/件", "≤1次/件"),
        (None, "可持续影响指标", "远程视频公证操作规范", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "远程办证当事人满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "柏思衡", "杭秋禾", (2025, 12, 12))
    return b


@variant("tl08-video-copied", (8, 11), "two-year project, NAT-2021, 中期 and 年度 columns: the "
         "年度目标 copies the 中期目标, a cumulative count copied into the year, an annual count "
         "above its period count")  # fmt: skip
def video_copied() -> Book:
    b, s = start()
    goal = "开通涉外公证远程视频办理通道，为海外侨胞提供免跑腿公证服务。"
    project_head(
        s,
        year=2026,
        years=2,
        name="涉外公证远程视频办理",
        attr="新增项目",
        dept="汀蓝县司法局（612304）",
        unit="汀蓝县公证处",
        money=multi_year((96, 96, 0), (50, 50, 0)),
        goals=[
            goal,
            mk(
                goal,
                "D204",
                "warning",
                note="a two-year project: the 年度目标 repeats the 中期目标",
            ),
        ],
    )
    grid(s, PERIOD, [
        ("产出指标", "数量指标", "远程视频涉外公证办理量", "≥2400件",
         mk("≥2400件", "D202", "warning", note="a cumulative count copied into the year")),
        (None, None, "视频公证业务培训公证员", "≥60人",
         mk("≥80人", "D201", "error", note="the year cannot train more than the period")),
        (None, "质量指标", "涉外公证文书使用地采信率", "≥98%", "≥98%"),
        (None, "时效指标", "视频公证预约响应时限", "≤2个工作日", "≤2个工作日"),
        ("成本指标", "经济成本指标", "视频办证系统租赁费", "≤40万元", "≤20万元"),
        ("效益指标", "社会效益指标", "海外当事人回国办证次数", "减少", "减少"),
        ("满意度指标", "服务对象满意度指标", "海外侨胞满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("tl09-fee-waiver-flat", (3, 1), "department, flat list (指标名称 · 权重 · 计量单位 · "
         "指标性质 as operator · 指标值), percent cells typed in Excel, weights add to 100, key "
         "tasks adding to 项目支出 (correct)")  # fmt: skip
def fee_waiver_flat() -> Book:
    b, s = start()
    department_head(
        s,
        year=2026,
        dept="瑶坪县公证处",
        budget=[budget(186.4, 142.4, 44, 128.4, 58)],
        tasks=tasks(
            [
                ("公证费减免", "为低保、特困、残疾等困难群众减免公证费", 26, "减免≥1300件"),
                ("公证便民服务点", "在8个乡镇设立便民服务点并每月驻点", 19, "服务点≥8个"),
                ("远程视频公证", "为外出务工人员远程办理公证", 13, "办理≥650件"),
            ],
            58,
        ),
        goal="落实困难群众公证费减免，建成乡镇公证便民服务网络，推广远程视频公证。",
    )
    grid(s, ("指标名称", "权重", "计量单位", "指标性质", "指标值"), [
        ("公证费减免件数", 15, "件", "≥", 1300),
        ("公证费减免补贴资金", 10, "万元", "≤", 26),
        ("乡镇公证便民服务点", 15, "个", "≥", 8),
        ("便民服务点驻点服务天数", 10, "天", "≥", 96),
        ("远程视频公证办理量", 10, "件", "≥", 650),
        ("公证文书差错率", 10, "%", "≤", pct(0.005, "0.0%")),
        ("公证办证平均时限", 10, "个工作日", "≤", 5),
        ("减免政策知晓率", 10, "%", "≥", pct(0.85)),
        ("办证群众满意度", 10, "%", "≥", pct(0.92)),
    ], merged=())  # fmt: skip
    note(s, "注：权重合计100分；公证费减免补贴资金按实际减免额据实结算。", 5)
    return b


@variant("tl10-fee-waiver-flat-defects", (3, 11, 13), "department, flat list in another order "
         "(指标名称 · 指标值 · 指标性质 as direction · 计量单位 · 权重): a value without a name, "
         "a 反向 rate with ≥, weights adding to 95")  # fmt: skip
def fee_waiver_flat_defects() -> Book:
    b, s = start()
    department_head(
        s,
        year=2026,
        dept="汀蓝县公证处",
        budget=[budget(154, 118, 36, 112, 42)],
        tasks=tasks(
            [
                ("公证费减免", "为法律援助对象减免公证费", 24, "减免≥900件"),
                ("上门公证服务", "为行动不便群众上门办理公证", 18, "上门≥120次"),
            ],
            42,
        ),
        goal="为法律援助对象减免公证费，为行动不便群众提供上门公证服务。",
    )
    grid(s, ("指标名称", "指标值", "指标性质", "计量单位", "权重"), [
        ("法律援助对象公证费减免件数", "≥900", "正向", "件", 20),
        ("减免审批办理时限", "≤3", "反向", "个工作日", 10),
        (mk(None, "F110", "error", note="a value and a weight but no indicator name"),
         "≥95", "正向", "%", 10),
        ("公证文书被撤销率",
         mk("≥1", "T108", "warning", row=True, note="被撤销率 is 反向 (so declared): ≤"),
         "反向", "%", 15),
        ("上门公证服务次数", "≥120", "正向", "次", 15),
        ("减免对象满意度", "≥90", "正向", "%", 15),
        ("便民服务覆盖乡镇", "≥11", "正向", "个", 10),
    ], merged=())  # fmt: skip
    b.file_mark("W101", "error", note="weights 20+10+10+15+15+15+10 = 95, not 100")
    sign(s, "蔺若川", "包向晴", (2025, 11, 28))
    return b


NOTED = ("一级指标", "二级指标", "三级指标", "指标值", "备注")


@variant("tl11-convenience-notes", (4,), "project, OLD-NAT, one value column and a 备注 column: "
         "an instruction row inside the table, the header repeated after a page break, 说明 and "
         "填表说明 under it, signature and a date in the year before (correct)")  # fmt: skip
def convenience_notes() -> Book:
    b, s = start()
    project_head(
        s,
        year=2026,
        name="乡村公证便民服务站建设",
        dept="槿原县司法局（407320）",
        unit="槿原县公证处",
        money=one_year(30, 24, 6),
        goals=["在10个乡镇司法所设立公证便民服务站，全年驻站服务不少于240天。"],
    )
    s.row(*NOTED)
    note(s, "（请勿删除一级、二级指标；三级指标可根据项目实际增加行）", 5)
    s.table([
        ("产出指标", "数量指标", "设立公证便民服务站", "≥10个", "每乡镇1个"),
        (None, None, "驻站服务天数", "≥240天", "各站合计"),
        (None, None, "现场受理公证咨询", "≥1800人次", None),
        (None, "质量指标", "服务站公证受理材料一次性告知率", "=100%", None),
        (None, "时效指标", "服务站建成时间", "2026年6月30日前", None),
        (None, "成本指标", "单站建设及运行成本", "≤3万元/个", "含设备"),
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    s.row(*NOTED)
    s.table([
        ("效益指标", "社会效益指标", "群众就近办理公证覆盖乡镇", "≥10个", None),
        (None, "可持续影响指标", "便民服务站运行管理制度", "健全", None),
        ("满意度指标", "服务对象满意度指标", "服务站办证群众满意度", "≥90%", None),
    ], merged=(1, 2))  # fmt: skip
    note(s, "说明：其他资金6万元为乡镇配套资金。", 5)
    note(s, "填表说明：指标值应明确比较符和计量单位，定性指标填写等级。", 5)
    sign(s, "倪川禾", "甄若朴", (2025, 12, 18))
    return b


@variant("tl12-notary-template-rows", (6, 7, 13), "project, NAT-2021, header 预期目标: a tier-2 "
         "left from the template without indicator or value, a value whose name cell holds only "
         "a full-width space")  # fmt: skip
def notary_template_rows() -> Book:
    b, s = start()
    project_head(s, year=2026, name="公证便民服务车巡回服务", dept="澄屿县司法局（214008）",
                 unit="澄屿县公证处", money=one_year(16.8, 16.8, 0),
                 goals=["公证便民服务车每月巡回偏远乡村，全年上门服务不少于180次。"])  # fmt: skip
    grid(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "便民服务车巡回上门服务", "≥180次"),
        (None, None, "巡回覆盖行政村", "≥45个"),
        (None, "质量指标", "巡回受理公证合规率", "≥98%"),
        (None, None, mk("　", "F110", "error", note="a value under 质量指标 whose name is "
                                                    "only a full-width space"), "≥95%"),
        (None, "时效指标", "巡回服务计划公布时间", "每月5日前"),
        ("成本指标", "经济成本指标", "服务车年度运行费用", "≤16.8万元"),
        ("效益指标", "社会效益指标", "偏远村群众办证路程", "缩短"),
        (None, mk("生态效益指标", "F109", "warning", row=True,
                  note="a template tier-2 left with no indicator and no value"), None, None),
        ("满意度指标", "服务对象满意度指标", "巡回服务对象满意度", "≥90%"),
    ])  # fmt: skip
    return b
